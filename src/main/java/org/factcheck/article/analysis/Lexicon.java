package org.factcheck.article.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists for attribution and speaker resolution: British news English. */
final class Lexicon {

    /** Verbs that attribute speech or a finding to someone, in the forms news copy uses. */
    static final Set<String> REPORTING_VERBS = set("said", "says", "say", "added", "adds", "told", "tells",
            "claimed", "claims", "claim", "warned", "warns", "insisted", "insists", "argued", "argues", "explained",
            "explains", "emphasised", "emphasized", "emphasises", "stressed", "stresses", "admitted", "admits",
            "announced", "announces", "revealed", "reveals", "confirmed", "confirms", "noted", "notes", "suggested",
            "suggests", "continued", "replied", "commented", "stated", "states", "wrote", "writes", "believes",
            "believed", "maintained", "maintains", "alleged", "alleges", "acknowledged", "conceded", "denied",
            "denies", "disputed", "boasted", "complained", "complains", "agreed", "agrees", "estimated", "estimates",
            "predicted", "predicts", "promised", "promises", "pledged", "pledges", "vowed", "vows", "found", "finds",
            "concluded", "concludes", "reported", "reports", "showed", "shows", "show", "pointed", "highlighted",
            "highlights", "accepted", "accepts", "responded", "countered", "asserted", "asserts", "declared",
            "calculated", "calculates", "recalled", "observed", "think", "thinks", "thought", "cited", "cites",
            "urged", "urges", "accused", "accuses", "described", "describes", "confirm", "suggest", "reveal",
            "find", "indicate", "indicates", "indicated");

    /** Reporting verbs that may come before their speaker: '"...," said Mr Khan'. */
    static final Set<String> INVERTABLE = set("said", "says", "added", "adds", "explained", "continued",
            "insisted", "warned", "claimed", "admitted", "replied", "argued", "stressed", "noted", "wrote", "asked",
            "told", "countered", "recalled", "observed", "declared", "commented", "responded");

    /** Words that may sit between a speaker and the verb: "has also said", "have long warned". */
    static final Set<String> BETWEEN = set("also", "has", "have", "had", "previously", "later", "repeatedly",
            "long", "already", "recently", "earlier", "then", "today", "yesterday", "once", "again", "further",
            "subsequently", "separately", "last", "night", "week", "always", "consistently", "publicly",
            "privately", "reportedly", "himself", "herself", "themselves", "itself", "did", "does", "do", "now",
            "this", "morning", "afternoon", "evening");

    /** Participles between data and its verb: "figures published on Monday show", "data released today reveal". */
    static final Set<String> PUBLISHED = set("published", "released", "issued", "out");

    /** A verb followed by one of these is not reporting speech: "12,400 people described themselves as Sikh". */
    static final Set<String> REFLEXIVES = set("themselves", "himself", "herself", "itself", "ourselves");

    /** Words after the verb that belong to the attribution, not the claim. */
    static final Set<String> TIME_AFTER_VERB = set("today", "yesterday", "tonight", "on", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "this", "last", "week", "morning", "afternoon",
            "evening", "night", "earlier", "later", "in", "a", "statement", "previously");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    static final Set<String> DETERMINERS = set("the", "a", "an", "its", "his", "her", "their", "our", "this",
            "that", "these", "those");

    static final Set<String> CONNECTORS = set("of", "for", "at", "on", "and", "in", "to", "&");

    /** Titles before a person's name. */
    static final Set<String> TITLES = set("mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame",
            "lord", "lady", "baroness", "baron", "professor", "prof", "rev", "reverend", "canon", "rabbi", "imam",
            "father", "judge", "detective", "inspector", "superintendent", "sergeant", "sgt", "insp", "supt", "dci",
            "di", "ds", "pc", "commander", "chief", "constable", "mp", "mep");

    static final Set<String> MALE_TITLES = set("mr", "sir", "lord", "baron", "father");
    static final Set<String> FEMALE_TITLES = set("mrs", "ms", "miss", "dame", "lady", "baroness");

    /** Nouns naming what a person does: the head of a role phrase ("the council's cabinet member for health"). */
    static final Set<String> PERSON_ROLES = set("mayor", "leader", "spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "minister", "secretary", "chancellor", "chairman", "chairwoman", "chair", "councillor",
            "councillors", "commissioner", "mp", "mps", "candidate", "candidates", "officer", "officers",
            "director", "executive", "head", "inspector", "superintendent", "constable", "manager", "campaigner",
            "campaigners", "member", "members", "resident", "residents", "official", "officials", "expert",
            "experts", "critic", "critics", "source", "sources", "analyst", "analysts", "economist", "economists",
            "researcher", "researchers", "agent", "agents", "landlord", "landlords", "owner", "owners", "parent",
            "parents", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "worker", "workers", "boss",
            "bosses", "president", "deputy", "founder", "activist", "activists", "volunteer", "volunteers",
            "detective", "detectives", "trader", "traders", "governor", "governors", "clerk", "coroner", "judge",
            "prosecutor", "barrister", "solicitor", "lawyer", "lawyers", "tenant", "tenants", "mother", "father",
            "woman", "man", "neighbour", "neighbours", "organiser", "organisers", "chief", "administrator",
            "treasurer", "whip", "peer", "people", "person", "team", "staff", "police");

    /** Nouns naming an organisation: the head of an organisation phrase. */
    static final Set<String> ORG_HEADS = set("council", "councils", "group", "party", "government", "department",
            "ministry", "office", "watchdog", "charity", "charities", "trust", "authority", "police", "force",
            "service", "committee", "federation", "association", "board", "agency", "regulator", "company", "firm",
            "organisation", "society", "foundation", "campaign", "coalition", "union", "unions", "institute",
            "commission", "executive", "assembly", "opposition", "administration", "cabinet", "network", "alliance",
            "partnership", "constabulary", "hospital", "university", "school", "college", "club", "bank", "treasury",
            "registry", "inspectorate", "ombudsman", "tribunal", "court", "parliament", "conservatives", "tories",
            "labour", "democrats", "greens", "ukip", "snp", "nhs", "met");

    /** Organisation heads that may stand for the last organisation named ("the watchdog", "the department"). */
    static final Set<String> GENERIC_ORGS = set("watchdog", "department", "ministry", "regulator", "charity",
            "organisation", "authority", "body", "group", "party", "trust", "force", "council", "government",
            "agency", "union", "company", "firm", "inspectorate", "commission", "administration");

    /** Lower-case words that may qualify a role or organisation inside a speaker phrase. */
    static final Set<String> MODIFIERS = set("council", "policy", "cabinet", "chief", "executive", "senior",
            "local", "deputy", "shadow", "assistant", "press", "public", "health", "housing", "policing", "party",
            "group", "opposition", "borough", "city", "county", "government", "police", "regional", "national",
            "former", "acting", "interim", "lead", "federation", "homelessness", "community", "communities",
            "education", "environment", "transport", "planning", "finance", "economic", "business", "estate",
            "tenants", "residents", "union", "independent", "campaign", "charity", "hospital", "trust", "area",
            "ward", "neighbourhood", "crime", "safety", "children's", "adult", "social", "care", "justice", "home",
            "affairs", "select", "spending", "audit", "fire", "rescue", "ambulance", "mental", "general", "shadow");

    /** Nouns naming data rather than a speaker: "figures show", "according to official figures". */
    static final Set<String> DATA_NOUNS = set("figures", "data", "statistics", "stats", "study", "survey",
            "report", "analysis", "research", "index", "census", "count", "numbers", "review", "audit", "poll",
            "polling", "estimates", "projections", "research", "report's", "figure", "table", "tables", "records");

    /** Capitalised words that start a sentence without being part of a speaker. */
    static final Set<String> SENTENCE_OPENERS = set("but", "and", "however", "meanwhile", "yet", "so", "now",
            "today", "yesterday", "earlier", "later", "speaking", "separately", "also", "instead", "then", "in", "on",
            "at", "after", "before", "since", "when", "while", "although", "as", "last", "this", "here", "there",
            "if", "because", "still", "indeed", "overall", "nationally", "locally", "elsewhere", "previously");

    /** Capitalised words that are never part of a name. */
    static final Set<String> WEEKDAYS_AND_MONTHS = set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "easter", "brexit");

    /** Known aliases of public bodies, lower case, mapped to their usual names. */
    static final List<String[]> ALIASES = List.of(
            new String[] {"met", "Metropolitan Police"}, new String[] {"met police", "Metropolitan Police"},
            new String[] {"metropolitan police service", "Metropolitan Police"},
            new String[] {"scotland yard", "Metropolitan Police"}, new String[] {"nao", "National Audit Office"},
            new String[] {"ons", "Office for National Statistics"}, new String[] {"gla", "Greater London Authority"},
            new String[] {"city hall", "Greater London Authority"}, new String[] {"tories", "Conservatives"},
            new String[] {"tory party", "Conservatives"}, new String[] {"conservative party", "Conservatives"},
            new String[] {"labour party", "Labour"}, new String[] {"lib dems", "Liberal Democrats"},
            new String[] {"whitehall", "Government"}, new String[] {"land registry", "HM Land Registry"},
            new String[] {"mhclg", "Ministry of Housing, Communities and Local Government"},
            new String[] {"dwp", "Department for Work and Pensions"}, new String[] {"tfl", "Transport for London"},
            new String[] {"ifs", "Institute for Fiscal Studies"}, new String[] {"lga", "Local Government Association"},
            new String[] {"cqc", "Care Quality Commission"}, new String[] {"fsb", "Federation of Small Businesses"});

    /**
     * UK public bodies, parties and national organisations, matched whole (some hold commas or lower-case words):
     * named bodies for check-worthiness and atomic speaker names.
     */
    static final List<String> BODIES = List.of("Ministry of Housing, Communities and Local Government",
            "Department for Levelling Up, Housing and Communities", "Department for Digital, Culture, Media and Sport",
            "Department for Business, Energy and Industrial Strategy", "Department of Health and Social Care",
            "Department of Health", "Department for Education", "Department for Work and Pensions",
            "Department for Transport", "Ministry of Justice", "Ministry of Defence", "Home Office", "HM Treasury",
            "Treasury", "Cabinet Office", "Foreign Office", "National Audit Office", "Office for National Statistics",
            "Office for Budget Responsibility", "Institute for Fiscal Studies", "Resolution Foundation",
            "Local Government Association", "London Councils", "Greater London Authority", "London Assembly",
            "Mayor of London", "City Hall", "Metropolitan Police Federation", "Police Federation",
            "Metropolitan Police", "City of London Police", "British Transport Police",
            "National Police Chiefs' Council",
            "HM Inspectorate of Constabulary", "Crown Prosecution Service", "Home Affairs Committee",
            "Public Accounts Committee", "Housing Committee", "House of Commons", "House of Lords", "Parliament",
            "Government", "NHS England", "NHS", "Public Health England", "Care Quality Commission", "Ofsted",
            "Homes England", "Environment Agency", "Transport for London", "HM Land Registry", "Land Registry",
            "Bank of England", "Federation of Small Businesses", "Confederation of British Industry",
            "Trades Union Congress", "Unison", "Unite", "GMB", "Shelter", "Crisis", "St Mungo's", "Centrepoint",
            "StreetLink", "Conservative Party", "Conservatives", "Tories", "Labour Party", "Labour",
            "Liberal Democrats", "Lib Dems", "Green Party", "Greens", "Reform UK", "UKIP", "SNP", "Plaid Cymru");

    /** {@link #BODIES} in lower case, in the same order. */
    static final List<String> BODIES_LOWER = BODIES.stream().map(b -> b.toLowerCase(Locale.ROOT)).toList();

    private Lexicon() {
    }

    /** A set that tolerates repeated words in the lists above. */
    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
