package org.iops.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The countries and places of the demo organization: 40 countries, real towns, the language spoken there. */
public final class DemoWorld {

    /**
     * A demo country: its towns and, where the demo has regions, each town's real first-level region (a state,
     * a Land, a région, a nation of the United Kingdom).
     */
    public record Country(String code, String language, List<String> localities, Map<String, String> regionOf) {

        Country(String code, String language, List<String> localities) {
            this(code, language, localities, Map.of());
        }

        /** Regions with their towns, in the order of the towns. */
        static Country withRegions(String code, String language, String... townsAndRegions) {
            Map<String, String> regionOf = new LinkedHashMap<>();
            for (int i = 0; i < townsAndRegions.length; i += 2) {
                regionOf.put(townsAndRegions[i], townsAndRegions[i + 1]);
            }
            return new Country(code, language, List.copyOf(regionOf.keySet()), Collections.unmodifiableMap(regionOf));
        }

        /** The regions, each once, in the order their first town comes. */
        public List<String> regions() {
            return regionOf.values().stream().distinct().toList();
        }
    }

    public static final List<Country> COUNTRIES = List.of(
            Country.withRegions("US", "en", "New York", "New York", "Chicago", "Illinois", "Los Angeles", "California",
                    "Seattle", "Washington", "Boston", "Massachusetts", "Austin", "Texas", "Detroit", "Michigan",
                    "Minneapolis", "Minnesota", "Oakland", "California", "Philadelphia", "Pennsylvania",
                    "Portland", "Oregon", "Atlanta", "Georgia", "Denver", "Colorado", "Baltimore", "Maryland",
                    "Pittsburgh", "Pennsylvania"),
            Country.withRegions("GB", "en", "London", "England", "Manchester", "England", "Glasgow", "Scotland",
                    "Bristol", "England", "Leeds", "England", "Cardiff", "Wales", "Edinburgh", "Scotland",
                    "Liverpool", "England", "Sheffield", "England", "Brighton", "England"),
            Country.withRegions("DE", "de", "Berlin", "Berlin", "Hamburg", "Hamburg", "München", "Bayern",
                    "Köln", "Nordrhein-Westfalen", "Leipzig", "Sachsen", "Frankfurt am Main", "Hessen",
                    "Dresden", "Sachsen", "Bremen", "Bremen", "Stuttgart", "Baden-Württemberg",
                    "Düsseldorf", "Nordrhein-Westfalen"),
            Country.withRegions("FR", "fr", "Paris", "Île-de-France", "Lyon", "Auvergne-Rhône-Alpes",
                    "Marseille", "Provence-Alpes-Côte d'Azur", "Toulouse", "Occitanie", "Lille", "Hauts-de-France",
                    "Nantes", "Pays de la Loire", "Bordeaux", "Nouvelle-Aquitaine", "Strasbourg", "Grand Est",
                    "Rennes", "Bretagne", "Montpellier", "Occitanie"),
            new Country("ES", "es", List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga",
                    "Granada")),
            new Country("IT", "en", List.of("Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Palermo")),
            new Country("SE", "en", List.of("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå")),
            new Country("NO", "en", List.of("Oslo", "Bergen", "Trondheim", "Tromsø")),
            new Country("DK", "en", List.of("København", "Aarhus", "Odense")),
            new Country("NL", "en", List.of("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Groningen")),
            new Country("BE", "fr", List.of("Bruxelles", "Antwerpen", "Gent", "Liège")),
            new Country("CH", "de", List.of("Zürich", "Genève", "Bern", "Basel")),
            new Country("AT", "de", List.of("Wien", "Graz", "Linz", "Innsbruck")),
            new Country("IE", "en", List.of("Dublin", "Cork", "Galway")),
            new Country("PT", "en", List.of("Lisboa", "Porto", "Coimbra")),
            new Country("GR", "en", List.of("Athína", "Thessaloníki", "Pátra")),
            new Country("PL", "en", List.of("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań")),
            new Country("HR", "en", List.of("Zagreb", "Split", "Rijeka")),
            new Country("RS", "en", List.of("Beograd", "Novi Sad", "Niš")),
            new Country("TR", "en", List.of("İstanbul", "Ankara", "İzmir")),
            new Country("CA", "en", List.of("Toronto", "Montréal", "Vancouver", "Winnipeg", "Halifax", "Ottawa", "Calgary")),
            new Country("MX", "es", List.of("Ciudad de México", "Guadalajara", "Monterrey", "Oaxaca", "Puebla")),
            Country.withRegions("BR", "en", "São Paulo", "São Paulo", "Rio de Janeiro", "Rio de Janeiro",
                    "Porto Alegre", "Rio Grande do Sul", "Belo Horizonte", "Minas Gerais", "Recife", "Pernambuco",
                    "Salvador", "Bahia", "Curitiba", "Paraná", "Fortaleza", "Ceará"),
            new Country("AR", "es", List.of("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata")),
            new Country("CL", "es", List.of("Santiago", "Valparaíso", "Concepción")),
            new Country("CO", "es", List.of("Bogotá", "Medellín", "Cali")),
            new Country("VE", "es", List.of("Caracas", "Maracaibo", "Mérida")),
            new Country("PE", "es", List.of("Lima", "Cusco", "Arequipa")),
            new Country("BO", "es", List.of("La Paz", "Cochabamba", "Sucre")),
            new Country("IN", "en", List.of("Mumbai", "Delhi", "Kolkata", "Bengaluru", "Chennai", "Kochi", "Pune")),
            new Country("PK", "en", List.of("Karachi", "Lahore", "Islamabad")),
            new Country("BD", "en", List.of("Dhaka", "Chittagong")),
            new Country("PH", "en", List.of("Manila", "Cebu", "Davao")),
            new Country("JP", "en", List.of("Tōkyō", "Ōsaka", "Kyōto")),
            new Country("KR", "en", List.of("Seoul", "Busan")),
            new Country("AU", "en", List.of("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart")),
            new Country("NZ", "en", List.of("Auckland", "Wellington", "Christchurch")),
            new Country("ZA", "en", List.of("Johannesburg", "Cape Town", "Durban")),
            new Country("NG", "en", List.of("Lagos", "Abuja", "Ibadan")),
            new Country("KE", "en", List.of("Nairobi", "Mombasa", "Kisumu")));

    /** The chapter that always has exactly {@link #BENCHMARK_CHAPTER_MEMBERS} members, for benchmarks. */
    public static final String BENCHMARK_COUNTRY = "BR";
    public static final String BENCHMARK_CHAPTER = "Porto Alegre";
    public static final int BENCHMARK_CHAPTER_MEMBERS = 500;

    public static final List<String> NEIGHBOURHOODS = List.of("Centre", "Old Town", "Riverside", "North", "South", "East",
            "West", "Harbour", "University quarter", "Hillside");

    public static final List<String> CAMPUSES = List.of("University", "Technical University", "College");

    public static final List<String> FIRST_NAMES = List.of("Ana", "Ben", "Chen", "Dara", "Emeka", "Fatima", "Gustavo",
            "Hana", "Ines", "Jonas", "Kwame", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami",
            "Tariq", "Ursula", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno", "Camila", "Diego", "Elif",
            "Farid", "Greta", "Hugo", "Ivana", "Joana", "Karin", "Luis", "Maya", "Nils", "Olga", "Pablo", "Rania",
            "Sofia", "Tomás", "Uma", "Viktor", "Wanjiru", "Yara", "Zeynep");

    public static final List<String> PSEUDONYM_WORDS = List.of("heron", "oak", "river", "sparrow", "cedar", "lantern",
            "meadow", "harbor", "ember", "willow", "quartz", "thistle", "comet", "fern", "otter", "maple");

    public static final List<String> BIOS = List.of(
            "Teacher and union member. Interested in participatory budgeting.",
            "Nurse. I organize with my neighbours around housing.",
            "Student of economics, curious about participatory economics.",
            "Retired printer. Happy to help new chapters get started.",
            "Software developer; I like tools that help people decide together.",
            "Community gardener and cooperative member.",
            "Musician. Culture is part of the movement too.",
            "Bus driver, tenant organizer, father of two.",
            "Researcher working on democratic planning.",
            "Translator (English, Spanish, Portuguese).");

    /** The demo country with this code. */
    public static Country country(String code) {
        return COUNTRIES.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private DemoWorld() {
    }
}
