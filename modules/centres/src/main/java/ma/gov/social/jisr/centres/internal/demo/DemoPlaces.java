package ma.gov.social.jisr.centres.internal.demo;

import java.util.Map;

/**
 * Where the demo puts centres: each province's main town (approximate position) and how many centres it
 * gets compared with the other provinces of its region, larger towns more; and how many centres each region
 * has. Positions are only good enough for the province maps to look like Morocco.
 */
final class DemoPlaces {
    record Place(double latitude, double longitude, int weight) {
    }

    static final Map<String, Integer> CENTRES_PER_REGION = Map.ofEntries(
            Map.entry("MA-01", 300), Map.entry("MA-02", 250), Map.entry("MA-03", 340), Map.entry("MA-04", 330),
            Map.entry("MA-05", 240), Map.entry("MA-06", 420), Map.entry("MA-07", 360), Map.entry("MA-08", 220),
            Map.entry("MA-09", 280), Map.entry("MA-10", 200), Map.entry("MA-11", 200), Map.entry("MA-12", 200));

    static final Map<String, Place> PROVINCES = Map.ofEntries(
            place("MA-CHE", 35.17, -5.27, 1), place("MA-FAH", 35.70, -5.50, 1), place("MA-HOC", 35.25, -3.93, 1),
            place("MA-LAR", 35.19, -6.15, 1), place("MA-MDF", 35.68, -5.33, 1), place("MA-OUZ", 34.80, -5.58, 1),
            place("MA-TNG", 35.76, -5.83, 3), place("MA-TET", 35.57, -5.37, 2),
            place("MA-BER", 34.92, -2.32, 1), place("MA-DRI", 34.98, -3.39, 1), place("MA-FIG", 32.53, -1.96, 1),
            place("MA-GUF", 34.23, -3.35, 1), place("MA-JRA", 34.31, -2.16, 1), place("MA-NAD", 35.17, -2.93, 2),
            place("MA-OUJ", 34.68, -1.91, 3), place("MA-TAI", 34.41, -2.90, 1),
            place("MA-BOM", 33.05, -3.99, 1), place("MA-FES", 34.03, -5.00, 3), place("MA-HAJ", 33.69, -5.37, 1),
            place("MA-IFR", 33.53, -5.11, 1), place("MA-MEK", 33.90, -5.55, 2), place("MA-MOU", 34.09, -5.18, 1),
            place("MA-SEF", 33.83, -4.83, 1), place("MA-TAO", 34.54, -4.64, 1), place("MA-TAZ", 34.21, -4.01, 2),
            place("MA-KEN", 34.26, -6.58, 2), place("MA-KHE", 33.82, -6.07, 1), place("MA-RAB", 34.02, -6.84, 3),
            place("MA-SAL", 34.05, -6.80, 2), place("MA-SIK", 34.22, -5.71, 1), place("MA-SIL", 34.26, -5.93, 1),
            place("MA-SKH", 33.93, -6.91, 2),
            place("MA-AZI", 31.96, -6.57, 1), place("MA-BEM", 32.34, -6.36, 2), place("MA-FQH", 32.50, -6.69, 1),
            place("MA-KHN", 32.94, -5.67, 1), place("MA-KHO", 32.88, -6.91, 2),
            place("MA-BES", 33.62, -7.12, 1), place("MA-BRR", 33.27, -7.59, 1), place("MA-CAS", 33.57, -7.59, 5),
            place("MA-JDI", 33.25, -8.50, 2), place("MA-MED", 33.45, -7.52, 1), place("MA-MOH", 33.69, -7.38, 1),
            place("MA-NOU", 33.37, -7.58, 1), place("MA-SET", 33.00, -7.62, 2), place("MA-SIB", 32.65, -8.43, 1),
            place("MA-CHI", 31.54, -8.76, 1), place("MA-ESI", 31.51, -9.77, 1), place("MA-HAO", 31.35, -7.95, 1),
            place("MA-KES", 32.05, -7.41, 1), place("MA-MAR", 31.63, -8.01, 4), place("MA-REH", 32.23, -7.95, 1),
            place("MA-SAF", 32.30, -9.24, 2), place("MA-YUS", 32.25, -8.53, 1),
            place("MA-ERR", 31.93, -4.43, 2), place("MA-MID", 32.68, -4.74, 1), place("MA-OUA", 30.92, -6.89, 1),
            place("MA-TIN", 31.51, -5.53, 1), place("MA-ZAG", 30.33, -5.84, 1),
            place("MA-AGD", 30.42, -9.58, 3), place("MA-CHT", 30.21, -9.37, 1), place("MA-INE", 30.36, -9.54, 2),
            place("MA-TAR", 30.47, -8.88, 2), place("MA-TAT", 29.74, -7.97, 1), place("MA-TIZ", 29.70, -9.73, 1),
            place("MA-ASZ", 28.61, -9.43, 1), place("MA-GUE", 28.99, -10.06, 2), place("MA-SIF", 29.38, -10.17, 1),
            place("MA-TNT", 28.44, -11.10, 1),
            place("MA-BOD", 26.13, -14.48, 1), place("MA-ESM", 26.74, -11.67, 1), place("MA-LAA", 27.15, -13.20, 3),
            place("MA-TAF", 27.94, -12.93, 1),
            place("MA-AOU", 22.55, -14.33, 1), place("MA-OUD", 23.68, -15.94, 3));

    private DemoPlaces() {
    }

    private static Map.Entry<String, Place> place(String code, double latitude, double longitude, int weight) {
        return Map.entry(code, new Place(latitude, longitude, weight));
    }
}
