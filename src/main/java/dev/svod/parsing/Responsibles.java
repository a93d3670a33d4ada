package dev.svod.parsing;

import dev.svod.protocol.Addressee;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bodies an "Ответственный:" line or column names, in the nominative as plans print them: "Управление
 * образования; МУ «АГБ»", "министерство образования Иркутской области, органы местного самоуправления". People
 * ("Н.Н. Корязова") are persons, not addressees, and are left out here.
 */
final class Responsibles {

    /**
     * Names are split at ";", "," and "и" before a capital, but not inside brackets nor before a participle that goes
     * on with the same name ("органы местного самоуправления, осуществляющие управление в сфере образования").
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*;\\s*(?![^()]*\\))|\\s*,\\s*(?![^()]*\\))(?!\\s*[а-яё]+(?:ющ|ящ|вш)(?:ие|их|ий|ая|ее|ими)(?![а-яё]))|\\s+и\\s+(?=[А-ЯЁ])");
    private static final Pattern PERSON = Pattern.compile(
            "[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\\s+[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.");

    private Responsibles() {
    }

    static List<Addressee> bodies(String cell, boolean regionalIssuer) {
        List<Addressee> out = new ArrayList<>();
        for (String part : SEPARATOR.split(cell)) {
            String body = Words.squeeze(PERSON.matcher(part).replaceAll(" ").replaceAll("[()\\s.,;:–—-]+$", ""));
            if (Words.split(body).size() < 1 || body.chars().noneMatch(Character::isLetter)
                    || body.chars().filter(Character::isLetter).count() < 3) {
                continue;
            }
            out.add(new Addressee(body, body, AddresseeKinds.classify(body, regionalIssuer)));
        }
        return out;
    }
}
