package dev.svod.search;

/** How hits are ordered; each ends with the document id so the `after` cursor is stable. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest document first. */
    DATE,
    /** Earliest deadline first; decisions without one last. */
    DEADLINE
}
