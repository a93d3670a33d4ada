package dev.svod.extraction;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Makes a parse stop once its time is up: every piece of output the parser hands on checks the deadline,
 * so a parser looping over a hostile file ends at its next element instead of holding its thread for ever.
 */
final class TimeLimitedContentHandler extends ContentHandlerDecorator {

    private final long deadlineNanos;

    TimeLimitedContentHandler(ContentHandler handler, long deadlineNanos) {
        super(handler);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        checkDeadline();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkDeadline();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        checkDeadline();
        super.ignorableWhitespace(ch, start, length);
    }

    private void checkDeadline() throws SAXException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new TimeLimitExceededException();
        }
    }

    /** Thrown through the parser to end it; {@link TextExtractor} turns it into the user's 422. */
    static final class TimeLimitExceededException extends SAXException {
        TimeLimitExceededException() {
            super("extraction time limit exceeded");
        }
    }
}
