/** The excerpts of the selected place, in the current filters, grouped by article. */
import { useEffect, useRef } from 'react';
import type { Article, Mention, PlaceFeature, Role } from '../../model/contract.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { ArticleDate } from './ArticleDate.js';
import { HighlightedExcerpt } from './HighlightedExcerpt.js';
import { groupByArticle } from './group-excerpts.js';

const ROLE_LABEL: Record<Role, string> = {
  literal: 'place',
  dateline: 'dateline',
  metonymic: 'stands for its government or people',
  adjectival: 'as an adjective',
  demonym: 'demonym',
};

type Props = {
  place: PlaceFeature;
  /** Null while the excerpts load (or when they failed: `textsError`). */
  mentions: readonly Mention[] | null;
  textsError: string | null;
  articleById: ReadonlyMap<string, Article>;
  onClose: () => void;
};

export function ExcerptPanel({ place, mentions, textsError, articleById, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Give focus back to whatever had it (a list entry, the search box) when the panel closes. Declared before the
  // effect below so it records the element before focus moves into the panel.
  useEffect(() => {
    const previous = document.activeElement;
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  // Move focus to the panel when it opens on a new place, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [place]);
  const groups = mentions ? groupByArticle(mentions, articleById) : [];
  const p = place.properties;

  return (
    <section
      className="panel excerpt-panel"
      aria-labelledby="excerpt-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="panel-header">
        <h2 id="excerpt-heading" tabIndex={-1} ref={heading}>
          {p.name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={`Close excerpts of ${p.name}`}>
          ×
        </button>
      </header>
      <p className="place-meta">
        {p.kind}
        {p.admin1 ? `, ${p.admin1}` : ''}
        {p.country ? `, ${p.country}` : ''}
        {mentions && (
          <>
            {' · '}
            {mentions.length} {mentions.length === 1 ? 'mention' : 'mentions'} in {groups.length}{' '}
            {groups.length === 1 ? 'article' : 'articles'}
          </>
        )}
        {isArea(place) && ' · approximate location (an area, not a point)'}
      </p>
      {mentions === null &&
        (textsError ? (
          <p role="alert">The excerpts could not be loaded: {textsError}</p>
        ) : (
          <p role="status">Loading the excerpts…</p>
        ))}
      {mentions !== null && groups.length === 0 && <p>No excerpt in the selected dates.</p>}
      <ol className="article-groups">
        {groups.map(({ article, mentions: ms }) => {
          const href = safeHttpUrl(article.url);
          return (
            <li key={article.id} className="article-group">
              <h3 className="article-title">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {article.title}
                  </a>
                ) : (
                  article.title
                )}
              </h3>
              <p className="article-meta">
                {article.outlet ?? 'Unknown outlet'} · <ArticleDate published={article.published} />
              </p>
              <ul className="excerpts">
                {ms.map((m) => (
                  <li key={m.id} className="excerpt-item">
                    <HighlightedExcerpt mention={m} />
                    <span className="mention-meta">
                      {ROLE_LABEL[m.role]}
                      {m.eventDate && (
                        <>
                          {' · happened '}
                          <time className="event-date" dateTime={m.eventDate.date}>
                            {m.eventDate.date}
                          </time>{' '}
                          (“{m.eventDate.text}”)
                        </>
                      )}
                      {` · confidence ${Math.round(m.confidence * 100)}%`}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function isArea(place: PlaceFeature): boolean {
  return ['province', 'country', 'region'].includes(place.properties.precision);
}
