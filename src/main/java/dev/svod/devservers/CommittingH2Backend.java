package dev.svod.devservers;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 store, committed before each answer. H2's own store commits in the background about once a
 * second, so a server killed outright (SIGKILL, the OOM killer) lost the writes of its last second, writes it had
 * already acknowledged: `./svod bench chaos` found two uploads answered 201 and gone. Committing before answering
 * puts every acknowledged write in the file (the operating system's cache survives the process); reads change
 * nothing and cost no commit.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        commitChanges();
        return answer;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        commitChanges();
        return answer;
    }

    private void commitChanges() {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
    }
}
