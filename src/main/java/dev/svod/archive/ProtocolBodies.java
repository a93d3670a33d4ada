package dev.svod.archive;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import dev.svod.parsing.ParsedProtocol;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import io.micronaut.core.annotation.Nullable;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonObjectId;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Protocols too large for one MongoDB document (16 MB: a long text, and its decisions repeat most of it). Such a
 * protocol is kept whole, as BSON, in the GridFS bucket {@code bodies}, and the {@code protocols} collection holds
 * a small stub that points at it in the field {@code body}: metadata without the text, agenda and decisions.
 * <p>
 * Each write of a body gets a new id, so a body is only ever written and deleted by the one write that made it:
 * an upload that loses the race for a protocol id removes its own body, never the winner's.
 */
final class ProtocolBodies {

    /** Larger protocols move out; well under MongoDB's 16 MB, so a stub can never hit the limit. */
    static final int INLINE_LIMIT = 4 * 1024 * 1024;

    static final String BODY_FIELD = "body";

    private static final int STUB_FIELD_LIMIT = 1000;

    private final GridFSBucket bucket;
    private final Codec<Protocol> codec;

    ProtocolBodies(MongoDatabase database, Codec<Protocol> codec) {
        this.bucket = GridFSBuckets.create(database, "bodies");
        this.codec = codec;
    }

    /** What to store in the collection: the protocol itself, or a stub whose body this call has just written. */
    BsonDocument toStored(Protocol protocol) {
        RawBsonDocument whole = new RawBsonDocument(protocol, codec);
        if (whole.getByteBuffer().remaining() <= INLINE_LIMIT) {
            return whole;
        }
        ObjectId bodyId = new ObjectId();
        ByteBuffer bytes = whole.getByteBuffer().asNIO();
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        bucket.uploadFromStream(new BsonObjectId(bodyId), protocol.id(), new ByteArrayInputStream(array));
        BsonDocument stub = encode(stubOf(protocol));
        stub.put(BODY_FIELD, new BsonObjectId(bodyId));
        return stub;
    }

    /** The protocol a stored document stands for, its body read back when it has one. */
    Protocol fromStored(BsonDocument stored) {
        if (!stored.containsKey(BODY_FIELD)) {
            return codec.decode(stored.asBsonReader(), DecoderContext.builder().build());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(stored.get(BODY_FIELD), out);
        Protocol body = codec.decode(new BsonBinaryReader(ByteBuffer.wrap(out.toByteArray())), DecoderContext.builder().build());
        // the index state is updated on the stub alone, without rewriting the body
        return body.withIndexState(IndexState.valueOf(stored.getString("indexState").getValue()));
    }

    /** Removes the body a stored document (or one about to be stored) points at, if any. */
    void deleteBodyOf(BsonDocument stored) {
        if (stored.containsKey(BODY_FIELD)) {
            try {
                bucket.delete(stored.get(BODY_FIELD));
            } catch (MongoGridFSException alreadyGone) {
                // deleting what is not there leaves the store as asked
            }
        }
    }

    private BsonDocument encode(Protocol protocol) {
        BsonDocument document = new BsonDocument();
        codec.encode(new BsonDocumentWriter(document), protocol, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        return document;
    }

    /**
     * What a person browsing the collection sees of a large protocol; the app itself reads only its index state.
     * Header fields are cut too: a text without line breaks can make its first line the title.
     */
    private static Protocol stubOf(Protocol p) {
        ParsedProtocol parsed = p.parsed();
        ParsedProtocol header = new ParsedProtocol(cut(parsed.region()), cut(parsed.municipality()), cut(parsed.city()),
                cut(parsed.issuingBody()), cut(parsed.kind()), cut(parsed.title()), parsed.date(), cut(parsed.number()),
                parsed.draft(), List.of(), List.of(), cut(parsed.chair()), cut(parsed.secretary()), cut(parsed.regionNote()));
        return new Protocol(p.id(), p.fileName(), p.contentType(), p.size(), "", header, p.override(), p.uploadedAt(),
                p.parserVersion(), p.indexState(), p.extraction());
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= STUB_FIELD_LIMIT ? value : value.substring(0, STUB_FIELD_LIMIT) + "…";
    }
}
