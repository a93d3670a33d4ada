package dev.svod.protocol;

/** Who a decision is addressed to, in the categories a researcher filters by. */
public enum AddresseeKind {
    /** Regional ministry, department or committee of education. */
    REGIONAL_AUTHORITY,
    /** Municipal bodies that manage education (ОМСУ, управления/отделы образования). */
    MUNICIPAL_AUTHORITY,
    /** Heads of municipalities, governors' deputies and other executive heads. */
    MUNICIPALITY_HEADS,
    /** Institutes of education development, ДПО institutes (ИРО, СОИРО…). */
    DEVELOPMENT_INSTITUTE,
    /** Schools and other general education organisations (ОО, ОУ). */
    SCHOOLS,
    /** Kindergartens (ДОУ, ДОО). */
    KINDERGARTENS,
    /** The one a control clause puts the control of the document's execution on ("Контроль … возложить на …"). */
    CONTROL,
    /** Any other named organisation or body. */
    OTHER
}
