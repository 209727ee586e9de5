// GED-shaped rows for scale tests and the bench: many events on the places tracked events
// are at (and their neighbours), over years, as a UCDP GED import gives them. Days near the
// events the probe pages describe as "other" events are left out: those pages are about
// events no pack tracks, by construction.
const PLACES = [
  ['Makiivka town', 'Makiivka city', 'Donetsk oblast'], ['Donetsk city', 'Donetsk city', 'Donetsk oblast'], ['Horlivka town', 'Horlivka city', 'Donetsk oblast'],
  ['Avdiivka town', 'Pokrovsk district', 'Donetsk oblast'], ['Kramatorsk town', 'Kramatorsk city', 'Donetsk oblast'], ['Mariupol city', 'Mariupol city', 'Donetsk oblast'],
  ['Olenivka village', 'Volnovakha district', 'Donetsk oblast'], ['Kremenchuk city', 'Kremenchuk district', 'Poltava oblast'], ['Dnipro city', 'Dnipro city', 'Dnipropetrovsk oblast'],
  ['Hroza village', 'Kupiansk district', 'Kharkiv oblast'], ['Kharkiv city', 'Kharkiv city', 'Kharkiv oblast'], ['Bucha town', 'Bucha district', 'Kyiv oblast'],
  ['Chaplyne town', 'Synelnykove district', 'Dnipropetrovsk oblast'], ['Sevastopol city', 'Sevastopol city', 'Crimea'], ['Gaza City', 'Gaza City', 'Gaza'],
];

/** Days (place index, ISO day) that the "other" probe pages are about: no row on them, 5 days either side. */
const KEEP_CLEAR: [number, string][] = [
  [0, '2015-08-14'], [4, '2015-02-10'], [5, '2015-01-24'], [6, '2019-05-05'], [7, '2023-09-22'], [8, '2024-04-19'], [8, '2023-01-19'],
  [9, '2024-03-03'], [11, '2024-06-01'], [13, '2024-06-23'], [14, '2025-04-13'], [14, '2023-10-19'], [2, '2023-01-02'],
];

const HEADER = 'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob';

/** The tracked events' own days at their places: GED holds them too, known by place and day only. */
const TRACKED_DAYS: [number, string][] = [
  [0, '2023-01-01'], [4, '2022-04-08'], [5, '2022-03-16'], [6, '2022-07-29'], [7, '2022-06-27'], [8, '2023-01-14'], [9, '2023-10-05'],
  [11, '2022-03-05'], [12, '2022-08-24'], [13, '2023-09-22'], [14, '2023-10-17'], [4, '2023-01-08'],
];

/** `n` GED rows as CSV text, deterministic. */
export function gedShapedCsv(n: number): string {
  const lines = [HEADER];
  const start = Date.UTC(2014, 3, 1);
  let made = 0;
  for (let i = 0; made < n; i++) {
    const forced = TRACKED_DAYS[i];
    const p = forced ? forced[0] : (i * 7) % PLACES.length;
    const day = forced ? forced[1] : new Date(start + ((i * 37) % 4000) * 86400000).toISOString().slice(0, 10);
    if (!forced && KEEP_CLEAR.some(([q, d]) => q === p && Math.abs(Date.parse(d) - Date.parse(day)) <= 5 * 86400000)) continue;
    const [where, adm2, adm1] = PLACES[p];
    const country = p === 14 ? 'Israel' : 'Ukraine';
    const best = 1 + ((i * 13) % 40);
    const id = 800000 + i;
    lines.push([id, `UKR-${i}`, day.slice(0, 4), 1, 'Clear', 1, 1, 1, 'Russia - Ukraine', 1, 1, 'Government of Russia (Soviet Union) - Government of Ukraine', 1, 1,
      'Government of Russia (Soviet Union)', 2, 2, 'Government of Ukraine', 1, '"Agency,report"', 'Agency', day, `"${best} killed in ${where.split(' ')[0]}"`, 'Agency', 1,
      `"${where}"`, `"${where}"`, `"${adm1}"`, `"${adm2}"`, 48, 37, '"POINT (37 48)"', 1, country, 369, 'Europe', 1, 1, `${day} 00:00:00.000`, `${day} 00:00:00.000`,
      0, 0, best, 0, best, best + 3, Math.max(0, best - 1), 365, 369].join(','));
    made++;
  }
  return `${lines.join('\n')}\n`;
}
