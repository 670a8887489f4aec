/** Sources, licences, method and the last data build's counts. */
import type { BuildReport } from '../../model/contract.js';

export function About({ report }: { report: BuildReport | null }) {
  return (
    <div className="about">
      <h2>About this map</h2>
      <p>
        Every place named in the articles is matched against a bundled gazetteer (spellings, diacritics and Arabic
        article variants folded), names of people and organisations are set aside, and each name is resolved to one
        place using the article's other places and country focus. Each excerpt is the sentence the name stands in.
      </p>
      <p>
        Publication dates come from the article's metadata, a date line in its text (read day-first), or a curator's
        note; inferred dates are marked. Event dates (“on Friday”) are resolved against the publication date.
        Provinces and countries are drawn as hollow rings: their position is approximate.
      </p>
      {report && (
        <>
          <h3>Last data build</h3>
          <dl className="report">
            <dt>Files read</dt>
            <dd>{report.filesRead}</dd>
            <dt>Articles</dt>
            <dd>{report.articles}</dd>
            <dt>Places</dt>
            <dd>{report.places}</dd>
            <dt>Mentions</dt>
            <dd>{report.mentions}</dd>
            <dt>Undated articles</dt>
            <dd>{report.undated.length}</dd>
            <dt>Files with errors</dt>
            <dd>{report.errors.length}</dd>
            <dt>Unmatched names</dt>
            <dd>{report.unmatched.length}</dd>
          </dl>
        </>
      )}
      <h3>Sources and licences</h3>
      <ul>
        <li>Basemap: Natural Earth (public domain), via world-atlas; country label points from world-countries (ODbL).</li>
        <li>Places: GeoNames (CC BY 4.0); Syria's administrative divisions from OpenSyria (CC BY 4.0); curated entries.</li>
        <li>Fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License).</li>
        <li>Articles belong to their publishers; each excerpt links to the original.</li>
      </ul>
    </div>
  );
}
