package dev.svod.parsing;

import dev.svod.protocol.AddresseeKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts an addressee into the {@link AddresseeKind} a researcher filters by, from the words of its name. */
final class AddresseeKinds {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final int EXACT_CASE = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern HEADS = Pattern.compile(
            "^(?:глав[аыеам]{0,2}|мэр[ыа]?|губернатор\\w*|заместител\\w* губернатора|заместител\\w* председателя правительства)"
                    + "(?![а-яё])", FLAGS);
    private static final Pattern KINDERGARTENS = Pattern.compile(
            "(?iu:дошкольн\\w* (?:образовательн\\w* )?(?:организац|учрежден)|детск\\w* сад)|(?<![А-ЯЁ])(?:МА|МБ|МК)?ДО[УО](?![А-ЯЁ])",
            EXACT_CASE);
    private static final Pattern INSTITUTES = Pattern.compile(
            "(?iu:институт\\w*(?:\\s+[а-яё]+){0,2}\\s+образования|институт\\w* повышения квалификации|развития образования"
                    + "|методическ\\w* центр|непрерывного повышения профессионального мастерства)"
                    + "|(?<![А-ЯЁ])[А-ЯЁ]{0,4}(?:ИРО|ИПК|ИПКРО|ИМЦ|ЦНППМ|ЦПК)(?![А-ЯЁ])|(?<![А-ЯЁ])ДПО(?![А-ЯЁ])", EXACT_CASE);
    private static final Pattern MUNICIPAL = Pattern.compile(
            "местного самоуправления|(?<![А-ЯЁ])(?:ОМСУ|МОУО|МОУ?О|[ГР]ОО|ГОРОО|РУО|ГУО)(?![А-ЯЁ])|муниципальн\\w* (?:орган|управлени|отдел)"
                    + "|администраци\\w* (?:муниципальн|район|город|г\\.)", FLAGS);
    private static final Pattern EDUCATION_BODY = Pattern.compile(
            "^(?:главн\\w* )?(?:управлени|отдел|комитет)\\w*(?: [а-яё]+){0,3}? (?:по )?образовани", FLAGS);
    private static final Pattern MUNICIPAL_MARKS = Pattern.compile(
            "район|городск|города|(?<![а-яё])г\\.|округ|муниципальн|(?<![А-ЯЁ])МО(?![А-ЯЁ])", FLAGS);
    private static final Pattern REGIONAL_MARKS = Pattern.compile(
            "министерств|департамент|правительств|област|кра[яюе]|республик|региональн|(?<![А-ЯЁ])ОИВ(?![А-ЯЁ])", FLAGS);
    private static final Pattern REGIONAL = Pattern.compile(
            "^(?:министерств|департамент|правительств|министр)|(?:управлени|отдел|комитет)\\w* [^,]*министерства"
                    + "|^комитет\\w* (?:по )?образовани\\w* (?:и науки )?(?:[а-яё]+ской )?(?:области|края|республики)", FLAGS);
    private static final Pattern SCHOOLS = Pattern.compile(
            "общеобразовательн|образовательн\\w* (?:организац|учрежден)|школ|(?<![А-ЯЁ])(?:ОО|ОУ|ОООД|СОШ|МБОУ|МАОУ|МКОУ|ГБОУ)(?![А-ЯЁ])"
                    + "|директор\\w*|лице[йяи]|гимнази|(?<![а-яё])о/у(?![а-яё])", FLAGS);
    private static final Pattern GENERAL_SCHOOLS = Pattern.compile(
            "общеобразовательн|(?<![а-яё])школ|(?<![А-ЯЁ])(?:ОО|ОУ|СОШ)(?![А-ЯЁ])", FLAGS);
    private static final Pattern NOT_SCHOOLS = Pattern.compile("высшего|профессиональн\\w* образовательн|вуз", FLAGS);

    /**
     * A whole municipality's government rather than its education body: its administration, or its organs of
     * self-government when no sphere of education is named ("администрации муниципальных районов", "органам
     * местного самоуправления муниципальных образований области").
     */
    private static final Pattern MUNICIPAL_GOVERNMENT = Pattern.compile(
            "^(?:администраци|мэри|органы местного самоуправления)", FLAGS);
    /** What makes a regional body an education authority rather than, say, its ministry of finance. */
    private static final Pattern EDUCATION_FIELD = Pattern.compile("образовани|просвещени|школ|(?<![а-яё])науки", FLAGS);
    /** A post over a body ("начальник управления образования", "руководители подразделений министерства"). */
    private static final Pattern POST = Pattern.compile(
            "^(?:начальник|руководител|заведующ|председател)[а-яё]* (?=\\S)", FLAGS);
    private static final Pattern REGIONAL_UNIT = Pattern.compile(
            "^(?:структурн|территориальн)\\w* подразделени\\w* (?:[а-яё]+ )?(?:министерств|департамент|комитет)", FLAGS);

    private AddresseeKinds() {
    }

    private static final Pattern REGIONAL_ISSUER = Pattern.compile("министерств|департамент|правительств|губернатор", FLAGS);

    /** True when a protocol's issuing body is a regional one: its bare "Управление/Отдел … образования" are its units. */
    static boolean isRegionalIssuer(String issuingBody) {
        return issuingBody != null && REGIONAL_ISSUER.matcher(issuingBody).find()
                && !MUNICIPAL.matcher(issuingBody).find();
    }

    static AddresseeKind classify(String name) {
        return classify(name, false);
    }

    /** @param regionalIssuer the protocol comes from a regional body, so an unqualified education unit is regional */
    static AddresseeKind classify(String name, boolean regionalIssuer) {
        Matcher post = POST.matcher(name);
        if (post.lookingAt()) {
            // the post's holder acts for the body the post is in: classify the body, if it is one we know
            String body = name.substring(post.end());
            if (REGIONAL_UNIT.matcher(body).find()) {
                return AddresseeKind.REGIONAL_AUTHORITY;
            }
            AddresseeKind of = bodyKind(body, regionalIssuer);
            if (of == AddresseeKind.MUNICIPAL_AUTHORITY || of == AddresseeKind.REGIONAL_AUTHORITY) {
                return of;
            }
        }
        return bodyKind(name, regionalIssuer);
    }

    private static AddresseeKind bodyKind(String name, boolean regionalIssuer) {
        if (HEADS.matcher(name).find()) {
            return AddresseeKind.MUNICIPALITY_HEADS;
        }
        if (INSTITUTES.matcher(name).find()) {
            return AddresseeKind.DEVELOPMENT_INSTITUTE;
        }
        if (MUNICIPAL.matcher(name).find()) {
            return MUNICIPAL_GOVERNMENT.matcher(name).find() && !educationField(name)
                    ? AddresseeKind.MUNICIPALITY_HEADS : AddresseeKind.MUNICIPAL_AUTHORITY;
        }
        if (REGIONAL.matcher(name).find()) {
            return educationField(name) || isBareBody(name)
                    ? AddresseeKind.REGIONAL_AUTHORITY : AddresseeKind.OTHER;
        }
        if (EDUCATION_BODY.matcher(name).find()) {
            if (MUNICIPAL_MARKS.matcher(name).find()) {
                return AddresseeKind.MUNICIPAL_AUTHORITY;
            }
            return regionalIssuer || REGIONAL_MARKS.matcher(name).find()
                    ? AddresseeKind.REGIONAL_AUTHORITY : AddresseeKind.MUNICIPAL_AUTHORITY;
        }
        if (KINDERGARTENS.matcher(name).find()) {
            return GENERAL_SCHOOLS.matcher(name).find() ? AddresseeKind.SCHOOLS : AddresseeKind.KINDERGARTENS;
        }
        if (SCHOOLS.matcher(name).find() && !NOT_SCHOOLS.matcher(name).find()) {
            return AddresseeKind.SCHOOLS;
        }
        return AddresseeKind.OTHER;
    }

    /** Education named as the body's field; "муниципальных образований" names municipalities, not education. */
    private static boolean educationField(String name) {
        return EDUCATION_FIELD.matcher(MUNICIPALITIES.matcher(name).replaceAll(" ")).find();
    }

    private static final Pattern MUNICIPALITIES = Pattern.compile("муниципальн\\w* образовани\\w*", FLAGS);

    /** "Министерство", "Департамент" with no field named: in the issuer's own text it is the issuer itself. */
    private static boolean isBareBody(String name) {
        return Words.split(name).size() == 1;
    }
}
