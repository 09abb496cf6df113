package io.cablestream.stack.corpus;

import java.util.List;

/**
 * The invented words the synthetic corpus is written from: posts with their routing indicators and
 * geographic tags (facts), and made-up people, topics and sentence patterns (fiction).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Posts, most prolific first (the generator draws them with a Zipf-like skew, as in Cablegate). */
    static final List<Post> POSTS = List.of(
            new Post("BAGHDAD", "Embassy Baghdad", "RUEHGB", "IZ", "Basrah"),
            new Post("STATE", "Secretary of State", "RUEHC", "US", "Washington"),
            new Post("ANKARA", "Embassy Ankara", "RUEHAK", "TU", "Istanbul"),
            new Post("TOKYO", "Embassy Tokyo", "RUEHKO", "JA", "Osaka"),
            new Post("BEIJING", "Embassy Beijing", "RUEHBJ", "CH", "Shanghai"),
            new Post("KABUL", "Embassy Kabul", "RUEHBUL", "AF", "Kandahar"),
            new Post("MOSCOW", "Embassy Moscow", "RUEHMO", "RS", "St. Petersburg"),
            new Post("CAIRO", "Embassy Cairo", "RUEHEG", "EG", "Alexandria"),
            new Post("ISLAMABAD", "Embassy Islamabad", "RUEHIL", "PK", "Lahore"),
            new Post("NEW DELHI", "Embassy New Delhi", "RUEHNE", "IN", "Mumbai"),
            new Post("SEOUL", "Embassy Seoul", "RUEHUL", "KS", "Busan"),
            new Post("PARIS", "Embassy Paris", "RUEHFR", "FR", "Lyon"),
            new Post("BERLIN", "Embassy Berlin", "RUEHRL", "GM", "Munich"),
            new Post("LONDON", "Embassy London", "RUEHLO", "UK", "Manchester"),
            new Post("ROME", "Embassy Rome", "RUEHRO", "IT", "Milan"),
            new Post("MADRID", "Embassy Madrid", "RUEHMD", "SP", "Barcelona"),
            new Post("BRASILIA", "Embassy Brasilia", "RUEHBR", "BR", "Sao Paulo"),
            new Post("MEXICO", "Embassy Mexico", "RUEHME", "MX", "Monterrey"),
            new Post("BUENOS AIRES", "Embassy Buenos Aires", "RUEHBU", "AR", "Cordoba"),
            new Post("CARACAS", "Embassy Caracas", "RUEHCV", "VE", "Maracaibo"),
            new Post("BOGOTA", "Embassy Bogota", "RUEHBO", "CO", "Medellin"),
            new Post("TEL AVIV", "Embassy Tel Aviv", "RUEHTV", "IS", "Haifa"),
            new Post("AMMAN", "Embassy Amman", "RUEHAM", "JO", "Aqaba"),
            new Post("BEIRUT", "Embassy Beirut", "RUEHLB", "LE", "Tripoli"),
            new Post("RIYADH", "Embassy Riyadh", "RUEHRH", "SA", "Jeddah"),
            new Post("THE HAGUE", "Embassy The Hague", "RUEHTC", "NL", "Rotterdam"),
            new Post("BRUSSELS", "Embassy Brussels", "RUEHBS", "BE", "Antwerp"),
            new Post("VIENNA", "Embassy Vienna", "RUEHVI", "AU", "Graz"),
            new Post("WARSAW", "Embassy Warsaw", "RUEHWR", "PL", "Krakow"),
            new Post("KYIV", "Embassy Kyiv", "RUEHKV", "UP", "Kharkiv"),
            new Post("ATHENS", "Embassy Athens", "RUEHTH", "GR", "Thessaloniki"),
            new Post("STOCKHOLM", "Embassy Stockholm", "RUEHSM", "SW", "Gothenburg"),
            new Post("OSLO", "Embassy Oslo", "RUEHNY", "NO", "Bergen"),
            new Post("PRETORIA", "Embassy Pretoria", "RUEHSA", "SF", "Johannesburg"),
            new Post("NAIROBI", "Embassy Nairobi", "RUEHNR", "KE", "Mombasa"),
            new Post("ADDIS ABABA", "Embassy Addis Ababa", "RUEHDS", "ET", "Dire Dawa"),
            new Post("KHARTOUM", "Embassy Khartoum", "RUEHKH", "SU", "Port Sudan"),
            new Post("JAKARTA", "Embassy Jakarta", "RUEHJA", "ID", "Surabaya"),
            new Post("MANILA", "Embassy Manila", "RUEHML", "RP", "Cebu"),
            new Post("BANGKOK", "Embassy Bangkok", "RUEHBK", "TH", "Chiang Mai"),
            new Post("HANOI", "Embassy Hanoi", "RUEHHI", "VM", "Da Nang"),
            new Post("OTTAWA", "Embassy Ottawa", "RUEHOT", "CA", "Toronto"),
            new Post("CANBERRA", "Embassy Canberra", "RUEHBY", "AS", "Sydney"),
            new Post("ISTANBUL", "Consulate Istanbul", "RUEHIT", "TU", "Istanbul"),
            new Post("SHANGHAI", "Consulate Shanghai", "RUEHGH", "CH", "Shanghai"),
            new Post("SAO PAULO", "Consulate Sao Paulo", "RUEHSO", "BR", "Campinas"));

    /** Classification levels and their share of Cablegate (roughly). */
    static final List<String> CLASSIFICATIONS = List.of(
            "UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL", "CONFIDENTIAL//NOFORN",
            "SECRET", "SECRET//NOFORN");
    static final double[] CLASSIFICATION_SHARES = {0.30, 0.23, 0.39, 0.02, 0.045, 0.015};

    /** Years of the cables and their share. */
    static final int[] YEARS = {2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010};
    static final double[] YEAR_SHARES = {0.03, 0.05, 0.09, 0.17, 0.21, 0.22, 0.21, 0.02};

    /** Subject tags, most used first. */
    static final List<String> SUBJECT_TAGS = List.of("PREL", "PGOV", "ECON", "PHUM", "MARR", "ETRD", "PTER",
            "EFIN", "ENRG", "PINR", "SNAR", "EAID", "SOCI", "MOPS", "KDEM", "KNNP", "PARM", "SENV", "ELAB", "CASC");

    static final List<String> TOPICS = List.of("energy talks", "trade dispute", "election outlook",
            "nuclear diplomacy", "human rights dialogue", "defense cooperation", "budget debate",
            "counternarcotics efforts", "refugee flows", "port security", "aviation agreement", "water rights",
            "pipeline financing", "press freedom", "judicial reform", "border incident");

    static final List<String> PEOPLE = List.of("Deputy Foreign Minister Anton Varkov", "Trade Minister Elena Brask",
            "Senator Tomas Quill", "Ambassador Lydia Ferrow", "Director General Omar Seddik",
            "Vice Minister Chen Haowen", "Defense Minister Rafael Ortun", "Prime Minister Ilse Marwick",
            "Opposition leader Dario Fenk", "Central Bank Governor Priya Halden", "General Kemal Sorbay",
            "Interior Minister Nadia Ferreira", "Presidential adviser Yusuf Amrani", "Mayor Greta Lindqvist");

    static final List<String> SENTENCES = List.of(
            "%1$s told the Ambassador that the government would move cautiously on the %2$s.",
            "Officials in %3$s expect the %2$s to return to the cabinet before the end of the month.",
            "Post contacts described the mood in the ministry as tense but pragmatic.",
            "%1$s asked for continued consultations and a follow-up meeting in Washington.",
            "Opposition figures dismissed the initiative as a tactical gesture.",
            "The press in %3$s has covered the %2$s extensively, mostly in critical terms.",
            "Embassy officers will continue to monitor developments closely.",
            "According to %1$s, the cabinet remains divided over the timing of any announcement.",
            "Business leaders warned that delays would cost the economy dearly.",
            "The ministry's working group met twice last week without reaching agreement.",
            "%1$s stressed that the decision rests with parliament, not the presidency.",
            "Several diplomats in %3$s privately expressed doubts about the plan's financing.");
}
