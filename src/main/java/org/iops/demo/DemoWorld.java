package org.iops.demo;

import java.util.List;

/** The countries and places of the demo organization: 40 countries, real towns, the language spoken there. */
final class DemoWorld {

    record Country(String code, String language, List<String> localities, List<String> regions) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("US", "en", List.of("New York", "Chicago", "Los Angeles", "Seattle", "Boston", "Austin", "Detroit",
                    "Minneapolis", "Oakland", "Philadelphia", "Portland", "Atlanta", "Denver", "Baltimore", "Pittsburgh"),
                    List.of("Northeast", "Midwest", "West Coast", "South")),
            new Country("GB", "en", List.of("London", "Manchester", "Glasgow", "Bristol", "Leeds", "Cardiff", "Edinburgh",
                    "Liverpool", "Sheffield", "Brighton"), List.of("England", "Scotland", "Wales")),
            new Country("DE", "de", List.of("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt am Main",
                    "Dresden", "Bremen", "Stuttgart", "Düsseldorf"), List.of("Nord", "Süd", "Ost")),
            new Country("FR", "fr", List.of("Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Bordeaux",
                    "Strasbourg", "Rennes", "Montpellier"), List.of("Île-de-France", "Sud", "Ouest")),
            new Country("ES", "es", List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga",
                    "Granada"), List.of()),
            new Country("IT", "en", List.of("Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Palermo"), List.of()),
            new Country("SE", "en", List.of("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå"), List.of()),
            new Country("NO", "en", List.of("Oslo", "Bergen", "Trondheim", "Tromsø"), List.of()),
            new Country("DK", "en", List.of("København", "Aarhus", "Odense"), List.of()),
            new Country("NL", "en", List.of("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Groningen"), List.of()),
            new Country("BE", "fr", List.of("Bruxelles", "Antwerpen", "Gent", "Liège"), List.of()),
            new Country("CH", "de", List.of("Zürich", "Genève", "Bern", "Basel"), List.of()),
            new Country("AT", "de", List.of("Wien", "Graz", "Linz", "Innsbruck"), List.of()),
            new Country("IE", "en", List.of("Dublin", "Cork", "Galway"), List.of()),
            new Country("PT", "en", List.of("Lisboa", "Porto", "Coimbra"), List.of()),
            new Country("GR", "en", List.of("Athína", "Thessaloníki", "Pátra"), List.of()),
            new Country("PL", "en", List.of("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań"), List.of()),
            new Country("HR", "en", List.of("Zagreb", "Split", "Rijeka"), List.of()),
            new Country("RS", "en", List.of("Beograd", "Novi Sad", "Niš"), List.of()),
            new Country("TR", "en", List.of("İstanbul", "Ankara", "İzmir"), List.of()),
            new Country("CA", "en", List.of("Toronto", "Montréal", "Vancouver", "Winnipeg", "Halifax", "Ottawa", "Calgary"),
                    List.of()),
            new Country("MX", "es", List.of("Ciudad de México", "Guadalajara", "Monterrey", "Oaxaca", "Puebla"), List.of()),
            new Country("BR", "en", List.of("São Paulo", "Rio de Janeiro", "Porto Alegre", "Belo Horizonte", "Recife",
                    "Salvador", "Curitiba", "Fortaleza"), List.of("Sul", "Sudeste", "Nordeste")),
            new Country("AR", "es", List.of("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata"), List.of()),
            new Country("CL", "es", List.of("Santiago", "Valparaíso", "Concepción"), List.of()),
            new Country("CO", "es", List.of("Bogotá", "Medellín", "Cali"), List.of()),
            new Country("VE", "es", List.of("Caracas", "Maracaibo", "Mérida"), List.of()),
            new Country("PE", "es", List.of("Lima", "Cusco", "Arequipa"), List.of()),
            new Country("BO", "es", List.of("La Paz", "Cochabamba", "Sucre"), List.of()),
            new Country("IN", "en", List.of("Mumbai", "Delhi", "Kolkata", "Bengaluru", "Chennai", "Kochi", "Pune"),
                    List.of()),
            new Country("PK", "en", List.of("Karachi", "Lahore", "Islamabad"), List.of()),
            new Country("BD", "en", List.of("Dhaka", "Chittagong"), List.of()),
            new Country("PH", "en", List.of("Manila", "Cebu", "Davao"), List.of()),
            new Country("JP", "en", List.of("Tōkyō", "Ōsaka", "Kyōto"), List.of()),
            new Country("KR", "en", List.of("Seoul", "Busan"), List.of()),
            new Country("AU", "en", List.of("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart"), List.of()),
            new Country("NZ", "en", List.of("Auckland", "Wellington", "Christchurch"), List.of()),
            new Country("ZA", "en", List.of("Johannesburg", "Cape Town", "Durban"), List.of()),
            new Country("NG", "en", List.of("Lagos", "Abuja", "Ibadan"), List.of()),
            new Country("KE", "en", List.of("Nairobi", "Mombasa", "Kisumu"), List.of()));

    /** The chapter that always has exactly {@link #BENCHMARK_CHAPTER_MEMBERS} members, for benchmarks. */
    static final String BENCHMARK_COUNTRY = "BR";
    static final String BENCHMARK_CHAPTER = "Porto Alegre";
    static final int BENCHMARK_CHAPTER_MEMBERS = 500;

    static final List<String> NEIGHBOURHOODS = List.of("Centre", "Old Town", "Riverside", "North", "South", "East",
            "West", "Harbour", "University quarter", "Hillside");

    static final List<String> CAMPUSES = List.of("University", "Technical University", "College");

    static final List<String> FIRST_NAMES = List.of("Ana", "Ben", "Chen", "Dara", "Emeka", "Fatima", "Gustavo",
            "Hana", "Ines", "Jonas", "Kwame", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami",
            "Tariq", "Ursula", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno", "Camila", "Diego", "Elif",
            "Farid", "Greta", "Hugo", "Ivana", "Joana", "Karin", "Luis", "Maya", "Nils", "Olga", "Pablo", "Rania",
            "Sofia", "Tomás", "Uma", "Viktor", "Wanjiru", "Yara", "Zeynep");

    static final List<String> PSEUDONYM_WORDS = List.of("heron", "oak", "river", "sparrow", "cedar", "lantern",
            "meadow", "harbor", "ember", "willow", "quartz", "thistle", "comet", "fern", "otter", "maple");

    static final List<String> BIOS = List.of(
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

    private DemoWorld() {
    }
}
