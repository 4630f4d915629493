/**
 * Where each curated dataset comes from: title, citation, vintage and licence, as written
 * into data/manifest.json by the build. docs/DATA.md expands on each entry.
 */
import type { DatasetId } from './datasets.js';
import type { RAW_FILES } from './build.js';

interface Provenance {
  readonly title: string;
  readonly citation: string;
  readonly vintage: string;
  readonly licence: string;
  readonly raw: readonly (keyof typeof RAW_FILES)[];
}

const COW_GPL = 'COW data free to use with citation; peacesciencer (the copy used) is GPL-2';

export const PROVENANCE: Record<DatasetId, Provenance> = {
  states: {
    title: 'Roster of states with identifiers and capitals',
    citation: 'Roster: data/facts/roster.json (Ballast). Codes: Arel-Bundock, Enevoldsen & Yetman (2018), countrycode 1.8.0. Capitals: Miller (2022), peacesciencer cow_capitals.',
    vintage: 'countrycode 1.8.0; peacesciencer 2025-07',
    licence: 'countrycode GPL-3 (code mappings are facts); peacesciencer GPL-2',
    raw: ['codes', 'capitals'],
  },
  codes: {
    title: 'Country code list (ISO alpha-3, ISO numeric, COW)',
    citation: 'Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. "countrycode: An R package to convert country names and country codes." Journal of Open Source Software 3(28): 848.',
    vintage: 'countrycode 1.8.0',
    licence: 'GPL-3 (the code mappings themselves are facts)',
    raw: ['codes'],
  },
  sipri: {
    title: 'SIPRI Military Expenditure Database: share of GDP and current US$',
    citation: 'Stockholm International Peace Research Institute, SIPRI Military Expenditure Database (share of GDP: 2025 release via Our World in Data; US$: 2024 release workbook), https://www.sipri.org/databases/milex',
    vintage: 'share of GDP: SIPRI 2025 release; current US$: SIPRI 2024 release',
    licence: 'SIPRI terms: free use with attribution; ask SIPRI before public bulk redistribution. OWID processing CC BY 4.0.',
    raw: ['sipriPct', 'sipriUsd'],
  },
  nato: {
    title: 'Defence Expenditure of NATO Countries (2012-2019)',
    citation: 'NATO. 2019. Defence Expenditure of NATO Countries (2012-2019). Press release PR/CP(2019)069, 25 June 2019. Brussels: NATO Public Diplomacy Division.',
    vintage: 'June 2019',
    licence: 'NATO public release, cite NATO; passport (the copy used) is GPL-3',
    raw: ['nato'],
  },
  capabilities: {
    title: 'COW National Material Capabilities v7.0',
    citation: 'Singer, J. David, Stuart Bremer, and John Stuckey. 1972. "Capability Distribution, Uncertainty, and Major Power War, 1820-1965." In B. Russett (ed.), Peace, War, and Numbers, 19-48. Correlates of War Project, National Material Capabilities Data Documentation v7.0.',
    vintage: 'v7.0',
    licence: COW_GPL,
    raw: ['nmc'],
  },
  troops: {
    title: 'U.S. troops deployed abroad (troopdata country-year)',
    citation: 'Allen, Michael A., Michael E. Flynn, and Carla Martinez Machain. 2022. "Global U.S. military deployment data: 1950-2020." Conflict Management and Peace Science 39(3): 351-370. Kane (2006); DMDC quarterly reports.',
    vintage: 'troopdata 1.0.4.9000 (rebuild file, 2024-06)',
    licence: 'troopdata GPL (>=3); DMDC figures are U.S. government works',
    raw: ['troops'],
  },
  unga: {
    title: 'UN General Assembly ideal points and agreement scores',
    citation: 'Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. "Estimating Dynamic State Preferences from United Nations Voting Data." Journal of Conflict Resolution 61(2): 430-456. Voeten, Strezhnev & Bailey (2009), United Nations General Assembly Voting Data, Harvard Dataverse, hdl:1902.1/12379.',
    vintage: 'June 2024 estimates (sessions 1-71)',
    licence: 'Harvard Dataverse (default CC0; not verified for this file); cite Bailey, Strezhnev & Voeten (2017)',
    raw: ['unga'],
  },
  atopMembers: {
    title: 'ATOP v4.01 member-level alliance data (alliances in force 1990 or later with a roster member)',
    citation: 'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and Provisions, 1815-1944." International Interactions 28: 237-260. ATOP codebook v4.01.',
    vintage: 'v4.01',
    licence: 'ATOP: free for research use with citation',
    raw: ['atopMembers', 'codes'],
  },
  atopDyads: {
    title: 'ATOP v5.1 directed dyad-years among roster states, 1990-2016',
    citation: 'Leeds et al. (2002), ATOP v5.1; Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755-779.',
    vintage: 'v5.1 (peacesciencer 2025-07)',
    licence: 'ATOP: free with citation; peacesciencer GPL-2',
    raw: ['atopDyads'],
  },
  distances: {
    title: 'Capital-to-capital distances among roster states',
    citation: 'Gleditsch, Kristian S., and Michael D. Ward. 2001. "Measuring Space: A Minimum-Distance Database and Applications to International Studies." Journal of Peace Research 38(6): 739-758 (capdist). Pairs capdist lacks (Kosovo) are great-circle distances between capitals from peacesciencer cow_capitals.',
    vintage: 'capdist (Gleditsch data page)',
    licence: 'capdist: free with citation; peacesciencer GPL-2',
    raw: ['distances', 'capitals'],
  },
  bases: {
    title: 'U.S. military bases abroad (count per state, a snapshot)',
    citation: 'Vine, David. Lists of U.S. Military Bases Abroad, 1776-2021. American University; distributed with troopdata (Allen, Flynn & Martinez Machain 2022).',
    vintage: 'troopdata basedata.csv (2021); no year: Cold War to 2018',
    licence: 'troopdata GPL (>=3); cite Vine',
    raw: ['bases'],
  },
  politics: {
    title: 'Domestic politics: government anti-Western score (ParlGov + CHES), populism and anti-pluralism of the governing parties (V-Party), liberal democracy (V-Dem), public favourability of Russia and China relative to the U.S. (Pew)',
    citation: 'Döring, Holger, Constantin Huber, and Philip Manow. ParlGov: Parliaments and governments database, development version 2021, http://www.parlgov.org. Jolly, Seth, et al. 2022. "Chapel Hill Expert Survey Trend File, 1999-2019." Electoral Studies 75: 102420. Lindberg, Staffan I., et al. 2022. "Varieties of Party Identity and Organization (V-Party) Dataset V2." V-Dem Project, doi:10.23696/vpartydsv2. Coppedge, Michael, et al. 2025. "V-Dem Country-Year Dataset v15." doi:10.23696/vdemds25. Pew Research Center, Global Attitudes Survey, spring waves 2002-2016 (harmonised extract: worldregio pew_opi).',
    vintage: 'ParlGov dev. 2021; CHES trend 1999-2019 v2020.1 (waves 1999-2014); V-Party V2 (2022); V-Dem v15 (2025); Pew waves 2002-2016',
    licence: 'ParlGov CC BY-SA (not verified); CHES free with citation; V-Party and V-Dem CC BY-SA 4.0 (not verified for these versions); Pew terms of use (attribution; redistribution of derived aggregates not verified)',
    raw: ['parlgovCabinets', 'parlgovParties', 'ches', 'vparty', 'vdem', 'pew'],
  },
  latency: {
    title: 'Nuclear latency: uranium-enrichment and plutonium-reprocessing facilities operating, per state and year (2013-2016 carried from 2012)',
    citation: 'Fuhrmann, Matthew, and Benjamin Tkach. 2015. "Almost Nuclear: Introducing the Nuclear Latency Dataset." Conflict Management and Peace Science 32(4): 443-461 (Nuclear Latency dataset v1.2, facility list).',
    vintage: 'NL v1.2 (data to 2012)',
    licence: 'Free with citation; data4ds4da (the copy used) is GPL-3',
    raw: ['latencyFacilities', 'latencyCountryYear'],
  },
  mindist: {
    title: 'Minimum distance between the territories of roster states (cshapes 2.0), 1 January of each year 1990-2016',
    citation: 'Schvitz, Guy, Luc Girardin, Seraina Rüegger, Nils B. Weidmann, Lars-Erik Cederman, and Kristian Skrede Gleditsch. 2022. "Mapping the International System, 1886-2019: The CShapes 2.0 Dataset." Journal of Conflict Resolution 66(1): 144-161. Miller, Steven V. 2022. "peacesciencer." Conflict Management and Peace Science 39(6): 755-779.',
    vintage: 'cshapes 2.0 (peacesciencer cow_mindist, 2023-03)',
    licence: 'cshapes: free with citation (terms not verified); peacesciencer GPL-2',
    raw: ['mindist'],
  },
  surveys: {
    title: 'Surveys: would the U.S. defend an ally; confidence in the U.S. president; favourable view of the U.S.',
    citation: 'Pew Research Center, Spring 2015 Global Attitudes Survey ("NATO Publics Blame Russia for Ukrainian Crisis, but Reluctant to Provide Military Aid", 10 June 2015); Pew Research Center (2016, 2017) confidence in the U.S. president; Gallup Korea (2016); Japan-U.S. poll (1997); Pew Research Center Global Attitudes trend of favourable views of the U.S. and confidence in the U.S. president, 2002-2016, as compiled by FiveThirtyEight (2017, trump-world-trust, CC BY 4.0). Secondary sources are named row by row.',
    vintage: '2002-2016 (JPN 1997)',
    licence: 'Figures quoted with attribution from published survey reports',
    raw: ['surveyDefend', 'surveyConfidence', 'pewUsImage'],
  },
  growth: {
    title: 'Real GDP at constant national prices (PWT rgdpna) and its yearly growth, roster states 1950-2016',
    citation: 'Feenstra, Robert C., Robert Inklaar, and Marcel P. Timmer. 2015. "The Next Generation of the Penn World Table." American Economic Review 105(10): 3150-3182. PWT 10.01, www.ggdc.net/pwt',
    vintage: 'PWT 10.01 (January 2023)',
    licence: 'CC BY 4.0',
    raw: ['pwt'],
  },
  rivalry: {
    title: 'Militarised disputes (1950-2014) and international crises (1950-2016) of roster states with Russia/USSR and China',
    citation: 'Palmer, Glenn, et al. 2022. "The MID5 Dataset, 2011-2014: Procedures, coding rules, and description." Conflict Management and Peace Science 39(4): 470-482 (dyad-years via Miller 2022, peacesciencer). Brecher, Michael, Jonathan Wilkenfeld, et al. International Crisis Behavior Data Codebook, Version 14 (actor level).',
    vintage: 'COW MID 5.0 (peacesciencer 2023-03); ICB v14',
    licence: COW_GPL + '; ICB free for research with citation',
    raw: ['midDyads', 'icbActors'],
  },
  rivalForce: {
    title: 'Crises the USSR/Russia or China forced on a third state with at least minor clashes, 1950-2016, with the victim\'s capital',
    citation: 'Brecher, Michael, Jonathan Wilkenfeld, et al. International Crisis Behavior Data Codebook, Version 14 (system and actor levels); capitals with coordinates: Miller, Steven V. 2022. "peacesciencer." Conflict Management and Peace Science 39(6): 755-779 (cow_capitals)',
    vintage: 'ICB v14',
    licence: 'ICB free for research with citation',
    raw: ['icbCrises', 'icbActors', 'capitals'],
  },
  proliferationPanel: {
    title: 'Global state-year panel of the proliferation hazard, COW system members 1946-2010: Bleek status, latency, a nuclear-armed strategic rival, a nuclear-armed defender, CINC, V-Dem liberal democracy, energy use per head',
    citation: 'Bleek, Philipp C. 2017. "When Did (and Didn\'t) States Proliferate?" Belfer Center (processed by Our World in Data, 2022); Fuhrmann, Matthew, and Benjamin Tkach. 2015. "Almost nuclear." CMPS 32(4): 443-461; Thompson, William R., and David Dreyer. 2012. Handbook of International Rivalries, 1494-2010. CQ Press; Singer, J. David, et al. 1972, COW National Material Capabilities v7.0; Leeds, Brett Ashley, et al. 2002. "Alliance Treaty Obligations and Provisions, 1815-1944." International Interactions 28: 237-260 (ATOP v5.1 dyad-years via peacesciencer); Coppedge, Michael, et al. 2025. "V-Dem Country-Year Dataset v15." doi:10.23696/vdemds25 (v2x_libdem)',
    vintage: 'OWID 2022; Nuclear Latency 1.2; Thompson & Dreyer 2012 (peacesciencer); NMC 7.0; V-Dem v15',
    licence: 'OWID CC BY 4.0; peacesciencer GPL-2; COW data free with citation; V-Dem CC BY-SA 4.0 (not verified for v15)',
    raw: ['proliferationStatus', 'latencyCountryYear', 'tdRivalries', 'nmc', 'atopDyads', 'vdem'],
  },
  dca: {
    title: 'Defence cooperation agreements of roster states with the USSR/Russia, China and the United States, signed 1980-2010',
    citation: 'Kinne, Brandon J. 2020. "The Defense Cooperation Agreement Dataset (DCAD)." Journal of Conflict Resolution 64(4): 729-755 (DCAD v1.0, main file)',
    vintage: 'DCAD v1.0',
    licence: 'Distributed by COW; free with citation',
    raw: ['dcad'],
  },
  armsImports: {
    title: 'Deliveries of major conventional arms to roster states (SIPRI TIV, millions): all suppliers, the United States, the Soviet Union/Russia, China, 1950-2016',
    citation: 'Stockholm International Peace Research Institute. SIPRI Arms Transfers Database, trade register (data generated 13 March 2025), https://www.sipri.org/databases/armstransfers; supplier-recipient-year TIV panel derived from it (deliveries spread equally over delivery years)',
    vintage: 'SIPRI Arms Transfers Database, 13 March 2025',
    licence: 'SIPRI terms: free use with attribution (aggregated country-year totals; not the register in bulk)',
    raw: ['sipriTiv'],
  },
};
