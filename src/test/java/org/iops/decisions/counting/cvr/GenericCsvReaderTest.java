package org.iops.decisions.counting.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvReaderTest {

    @TempDir
    Path temp;

    private BallotBox read(String csv, int firstColumn, int firstRow, String writeInLabel) throws IOException {
        Path file = Files.writeString(temp.resolve("cvr.csv"), csv);
        BallotBox box = new BallotBox();
        GenericCsvReader.read(new CsvSource(file, firstColumn, firstRow, writeInLabel), box);
        return box;
    }

    private static String marks(BallotBox box, int ballot) {
        StringBuilder text = new StringBuilder();
        for (int m = box.firstMark(ballot); m < box.endMark(ballot); m++) {
            text.append(box.rankOfMark(m)).append(':').append(box.choice(box.choiceOfMark(m))).append(' ');
        }
        return text.toString().trim();
    }

    @Test
    void readsRanksFromCandidateColumnsInRankOrder() throws IOException {
        BallotBox box = read("id,Ann,Ben,Cal\r\nr1,2,1,\r\nr2,,,3\r\n", 2, 2, "");

        assertThat(box.size()).isEqualTo(2);
        assertThat(marks(box, 0)).isEqualTo("1:Ben 2:Ann");
        assertThat(marks(box, 1)).isEqualTo("3:Cal");
    }

    @Test
    void handlesQuotedFieldsBlankLinesAndALastLineWithoutNewline() throws IOException {
        BallotBox box = read("\"id, with comma\",\"Ann \"\"A\"\"\",Ben\n\n\"x,\ny\",1,2\n\nr2, 1 ,", 2, 2, "");

        assertThat(box.size()).isEqualTo(2);
        assertThat(marks(box, 0)).isEqualTo("1:Ann \"A\" 2:Ben");
        assertThat(marks(box, 1)).isEqualTo("1:Ann \"A\"");
    }

    @Test
    void mapsTheUndeclaredWriteInColumn() throws IOException {
        BallotBox box = read("id,Ann,UWI\nr1,2,1\n", 2, 2, "UWI");

        assertThat(marks(box, 0)).isEqualTo("1:" + Ballot.UNDECLARED_WRITE_IN + " 2:Ann");
    }

    @Test
    void startsAtTheFirstVoteRow() throws IOException {
        BallotBox box = read("id,Ann\nnotes,ignored\nr1,1\n", 2, 3, "");

        assertThat(box.size()).isEqualTo(1);
    }

    @Test
    void refusesACellThatIsNotARank() {
        assertThatThrownBy(() -> read("id,Ann,Ben\nr1,1,x\n", 2, 2, ""))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("column 3")
                .hasMessageContaining("\"x\"");
    }

    @Test
    void refusesABlankCandidateHeader() {
        assertThatThrownBy(() -> read("id,Ann,,Cal\nr1,1,,\n", 2, 2, ""))
                .hasMessageContaining("candidate name in column 3");
    }

    @Test
    void skipsAByteOrderMarkBeforeTheHeader() throws IOException {
        BallotBox box = read("\uFEFFAnn,Ben\n1,2\n", 1, 2, "");

        assertThat(marks(box, 0)).isEqualTo("1:Ann 2:Ben");
    }

    @Test
    void refusesAQuoteLeftOpenNamingTheLineItStartsOn() {
        assertThatThrownBy(() -> read("id,Ann,Ben\nr1,1,2\nr2,\"1,2\nr3,1,2\n", 2, 2, ""))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("malformed CSV")
                .hasMessageContaining("line 3");
    }

    @Test
    void refusesACharacterAfterAClosingQuoteNamingItsLine() {
        assertThatThrownBy(() -> read("id,Ann,Ben\nr1,1,2\n\"r\n2\",1,2\nr3,\"1\"2,\n", 2, 2, ""))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("malformed CSV")
                .hasMessageContaining("line: 5");
    }

    @Test
    void namesTheLineOfABadRankAfterQuotedLineBreaksAndBlankLines() {
        assertThatThrownBy(() -> read("id,Ann\n\n\"r\n1\",1\n\nr2,x\n", 2, 2, ""))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("line 6 expected a rank number in column 2 but got \"x\"");
    }
}
