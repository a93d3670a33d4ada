package dev.svod.parsing;

import dev.svod.protocol.Addressee;

import java.util.List;

/**
 * The addressees a decision text opens with, and the people named for them.
 *
 * @param heading true when the text is nothing but the addressees (a heading: "ГАУ ДПО СОИРО:",
 *                "1. Отделу образования"), false when an order follows them
 */
record AddresseePhrase(List<Addressee> addressees, List<String> persons, boolean heading) {

    AddresseePhrase {
        addressees = List.copyOf(addressees);
        persons = List.copyOf(persons);
    }
}
