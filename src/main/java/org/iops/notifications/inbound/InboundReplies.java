package org.iops.notifications.inbound;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.notifications.Recipients;
import org.iops.notifications.ReplyByEmail;
import org.iops.notifications.ReplyRefusedException;
import org.iops.notifications.inbox.Unsubscribing;
import org.iops.notifications.mail.SignedTokens;
import org.iops.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the replies by email from the operator's mailbox and hands each to the module whose thread it answers
 * ({@link ReplyByEmail}), as the member: the recipient address's token must be signed for that member and thread
 * and not expired, and the sender must be the member's current address. Anything else is refused with an email
 * back saying why (in the member's language when the token names one), and nothing is posted. Each message is
 * handled once, by its Message-ID, and then deleted from the mailbox. A message to {@code unsubscribe@<reply domain>}
 * whose subject carries an unsubscribe token is the mailto variant of the one-click unsubscribe.
 */
@Component
public class InboundReplies {

    private static final Logger log = LoggerFactory.getLogger(InboundReplies.class);
    private static final String REFUSED = "notifications.reply.refused";

    private final SignedTokens tokens;
    private final ObjectProvider<ReplyByEmail> threads;
    private final ObjectProvider<Recipients> recipients;
    private final Notifications notifications;
    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final Pattern replyAddress;
    private final Pattern unsubscribeAddress;
    private final Unsubscribing unsubscribing;
    private static final Pattern UNSUBSCRIBE_SUBJECT = Pattern.compile("unsubscribe\\s+([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)",
            Pattern.CASE_INSENSITIVE);

    InboundReplies(SignedTokens tokens, ObjectProvider<ReplyByEmail> threads, ObjectProvider<Recipients> recipients,
            Notifications notifications, JdbcClient db, PlatformTransactionManager transactionManager, Clock clock,
            Unsubscribing unsubscribing, @Value("${iops.mail.inbound.reply-domain:}") String replyDomain) {
        this.unsubscribing = unsubscribing;
        this.unsubscribeAddress = Pattern.compile("unsubscribe@" + Pattern.quote(replyDomain.strip()),
                Pattern.CASE_INSENSITIVE);
        this.tokens = tokens;
        this.threads = threads;
        this.recipients = recipients;
        this.notifications = notifications;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.replyAddress = Pattern.compile("reply\\+([a-z2-7]{20,100})@" + Pattern.quote(replyDomain.strip()),
                Pattern.CASE_INSENSITIVE);
    }

    /** What became of one message. */
    public enum Outcome {
        POSTED, DUPLICATE, FORGED, WRONG_SENDER, UNKNOWN_THREAD, EMPTY, REFUSED, NOT_A_REPLY, UNSUBSCRIBED
    }

    /** Reads every message waiting in the mailbox's inbox, handles it and deletes it; returns how many. */
    public int poll(Mailbox mailbox) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", mailbox.protocol());
        properties.put("mail." + mailbox.protocol() + ".connectiontimeout", "10000");
        properties.put("mail." + mailbox.protocol() + ".timeout", "30000");
        Store store = Session.getInstance(properties).getStore(mailbox.protocol());
        store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            int handled = 0;
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    Outcome outcome = handle((MimeMessage) message);
                    log.info("Reply by email {}: {}", ((MimeMessage) message).getMessageID(), outcome);
                    message.setFlag(Flags.Flag.SEEN, true);
                    message.setFlag(Flags.Flag.DELETED, true);
                    handled++;
                }
            } finally {
                inbox.close(true);
            }
            return handled;
        } finally {
            store.close();
        }
    }

    /** Handles one message in a transaction of its own: posted, or refused with an explanation, once. */
    public Outcome handle(MimeMessage message) throws MessagingException {
        String id = Optional.ofNullable(message.getMessageID()).orElse("no-id:" + message.getSentDate()
                + ":" + List.of(Optional.ofNullable(message.getFrom()).orElse(new Address[0])));
        Optional<String> token = token(message);
        Optional<String> unsubscribe = unsubscribeToken(message);
        String from = sender(message);
        String text = ReplyText.strip(MailText.of(message));
        Outcome outcome = transactions.execute(status -> {
            int fresh = db.sql("INSERT INTO inbound_reply (message_id, received_at, outcome) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(id, Timestamp.from(clock.instant()), "RECEIVED").update();
            if (fresh == 0) {
                return Outcome.DUPLICATE;
            }
            Outcome result = token.isPresent() ? answer(token.get(), from, text)
                    : unsubscribe.isPresent() ? unsubscribe(unsubscribe.get()) : Outcome.NOT_A_REPLY;
            db.sql("UPDATE inbound_reply SET outcome = ? WHERE message_id = ?").params(result.name(), id).update();
            return result;
        });
        return outcome == null ? Outcome.DUPLICATE : outcome;
    }

    private Outcome answer(String token, String from, String text) {
        Set<String> types = threads.orderedStream().flatMap(module -> module.threadTypes().stream())
                .collect(Collectors.toSet());
        Recipients known = recipients.stream().findFirst().orElseThrow();
        // the token is signed for the member it was sent to: the sender's address says who that must be
        Optional<UUID> sender = known.memberWithAddress(from);
        Optional<Recipients.Recipient> member = sender.flatMap(known::find);
        if (member.isEmpty()) {
            return refuse(from, Locale.ENGLISH, "notifications.reply.wrongSender", Outcome.WRONG_SENDER);
        }
        Locale language = member.get().language();
        Optional<SignedTokens.Reply> reply = tokens.reply(token, sender.get(), types);
        if (reply.isEmpty()) {
            return refuse(from, language, "notifications.reply.forged", Outcome.FORGED);
        }
        if (text.isBlank()) {
            return refuse(from, language, "notifications.reply.empty", Outcome.EMPTY);
        }
        Optional<ReplyByEmail> module = threads.orderedStream()
                .filter(candidate -> candidate.threadTypes().contains(reply.get().thread().type())).findFirst();
        if (module.isEmpty()) {
            return refuse(from, language, "notifications.reply.unknownThread", Outcome.UNKNOWN_THREAD);
        }
        try {
            // a savepoint: whatever the module wrote before refusing goes, the record of this message stays
            savepoint.executeWithoutResult(status -> module.get().reply(reply.get().member(), reply.get().thread(),
                    text));
            return Outcome.POSTED;
        } catch (ReplyRefusedException refused) {
            return refuse(from, language, refused.messageKey(), Outcome.REFUSED);
        } catch (NotFoundException gone) {
            return refuse(from, language, "notifications.reply.unknownThread", Outcome.UNKNOWN_THREAD);
        }
    }

    /** The mailto variant of the one-click unsubscribe: the token is in the subject; a bad one is ignored. */
    private Outcome unsubscribe(String token) {
        Optional<SignedTokens.Unsubscribe> what = tokens.unsubscribe(token)
                .filter(found -> unsubscribing.known(found.kind()));
        what.ifPresent(found -> unsubscribing.turnOff(found.member(), found.kind()));
        return what.isPresent() ? Outcome.UNSUBSCRIBED : Outcome.NOT_A_REPLY;
    }

    private Optional<String> unsubscribeToken(MimeMessage message) throws MessagingException {
        String subject = Optional.ofNullable(message.getSubject()).orElse("");
        Matcher matcher = UNSUBSCRIBE_SUBJECT.matcher(subject);
        boolean toUs = false;
        for (String header : new String[] {"Delivered-To", "X-Original-To", "To"}) {
            String[] values = message.getHeader(header);
            for (String value : values == null ? new String[0] : values) {
                toUs |= unsubscribeAddress.matcher(value).find();
            }
        }
        return toUs && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Outcome refuse(String to, Locale language, String reasonKey, Outcome outcome) {
        if (!to.isBlank()) {
            notifications.sendToAddress(to, language, REFUSED, null, Parameter.message(reasonKey));
        }
        return outcome;
    }

    private Optional<String> token(MimeMessage message) throws MessagingException {
        List<String> candidates = new ArrayList<>();
        for (String header : new String[] {"Delivered-To", "X-Original-To", "To", "Cc"}) {
            String[] values = message.getHeader(header);
            if (values != null) {
                candidates.addAll(List.of(values));
            }
        }
        for (String candidate : candidates) {
            Matcher matcher = replyAddress.matcher(candidate);
            if (matcher.find()) {
                return Optional.of(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static String sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address
                && address.getAddress() != null ? address.getAddress() : "";
    }
}
