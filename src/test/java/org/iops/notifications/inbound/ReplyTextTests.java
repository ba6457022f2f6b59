package org.iops.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reply by email keeps what the member wrote, not the email it quotes nor their signature. */
class ReplyTextTests {

    @Test
    void gmailsQuoteHeaderEvenOverTwoLinesAndTheQuoteGo() {
        assertThat(ReplyText.strip("""
                I'll bring the banners.

                See you Saturday!

                On Tue, Dec 1, 2026 at 10:02 AM Ana Lima <
                notifications@iops.example> wrote:
                > Who brings the banners?
                """)).isEqualTo("I'll bring the banners.\n\nSee you Saturday!");
    }

    @Test
    void quoteHeadersInTheFourLanguagesEndTheReply() {
        assertThat(ReplyText.strip("Sí, voy.\n\nEl mar, 1 dic 2026 a las 10:02, Ana escribió:\n> ¿Vienes?"))
                .isEqualTo("Sí, voy.");
        assertThat(ReplyText.strip("Oui.\nLe mar. 1 déc. 2026 à 10:02, Ana a écrit :\n> Tu viens ?"))
                .isEqualTo("Oui.");
        assertThat(ReplyText.strip("Ja, klar.\n\nAm Di., 1. Dez. 2026 um 10:02 schrieb Ana <a@example.org>:\n> Kommst du?"))
                .isEqualTo("Ja, klar.");
    }

    @Test
    void outlookSeparatorsAndSignaturesGo() {
        assertThat(ReplyText.strip("Agreed.\r\n\r\n-----Original Message-----\r\nFrom: IOPS\r\nSent: Tuesday\r\n"))
                .isEqualTo("Agreed.");
        assertThat(ReplyText.strip("Agreed.\n________________________________\nFrom: IOPS <n@iops.example>\n"))
                .isEqualTo("Agreed.");
        assertThat(ReplyText.strip("Agreed.\n\nFrom: IOPS <n@iops.example>\nSent: Tuesday, 1 December\nTo: Rosa"))
                .isEqualTo("Agreed.");
        assertThat(ReplyText.strip("Count me in.\n-- \nRosa Martins\nPorto Alegre chapter")).isEqualTo("Count me in.");
    }

    @Test
    void inlineQuotesAreDroppedAndTheMembersOwnLinesKept() {
        assertThat(ReplyText.strip("> Saturday?\nYes, Saturday.\n> At ten?\nAt eleven, rather."))
                .isEqualTo("Yes, Saturday.\nAt eleven, rather.");
        assertThat(ReplyText.strip("On Saturday we meet at the square.")).isEqualTo("On Saturday we meet at the square.");
    }
}
