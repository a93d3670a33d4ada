package dev.svod.extraction;

import dev.svod.parsing.ParsedProtocol;
import dev.svod.parsing.ProtocolParser;
import dev.svod.protocol.Addressee;
import dev.svod.protocol.Decision;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables read through Tika keep their rows, so a plan uploaded as DOCX or HTML is read row by row. */
class TableRowsContentHandlerTest {

    private final TextExtractor extractor = new TextExtractor(20_000_000, Duration.ofMinutes(2));

    private static final String[][] PLAN = {
            {"№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный"},
            {"1.", "Провести совещание руководителей школ", "до 1 сентября 2022 г.", "Управление образования"},
            {"2.", "Организовать подвоз обучающихся", "ежемесячно", "Отдел образования; А.В. Петров"},
    };

    @Test
    void extract_docxPlanTable_givesOneLinePerRowWithCellsEndedByPipes() throws IOException {
        String text = extractor.extract(docx(PLAN), "plan.docx").text();

        assertThat(text).contains("1. | Провести совещание руководителей школ | до 1 сентября 2022 г. | Управление образования |");
        ParsedProtocol plan = new ProtocolParser().parse(text);
        assertThat(plan.decisions()).extracting(Decision::number).containsExactly("1", "2");
        Decision first = plan.decisions().get(0);
        assertThat(first.addressees()).extracting(Addressee::raw).containsExactly("Управление образования");
        assertThat(first.deadline().to()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(plan.decisions().get(1).persons()).containsExactly("А.В. Петров");
    }

    @Test
    void extract_htmlTableWithParagraphsInCells_joinsEachCellsParagraphs() {
        String html = "<html><body><p>План мероприятий</p><table>"
                + "<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Исполнитель</th></tr>"
                + "<tr><td>1.</td><td><p>Подготовить</p><p>отчет о летнем отдыхе</p></td><td>май 2023 года</td><td>отдел образования</td></tr>"
                + "</table><p>Начальник управления</p></body></html>";

        String text = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "plan.html").text();

        assertThat(text).contains("1. | Подготовить отчет о летнем отдыхе | май 2023 года | отдел образования |")
                .contains("Начальник управления");
    }

    @Test
    void extract_twoColumnLayoutTable_givesItsCellsAsLines() throws IOException {
        String text = extractor.extract(docx(new String[][]{{"Министерство образования", "УТВЕРЖДАЮ"}}), "order.docx").text();

        assertThat(text).doesNotContain("|").contains("Министерство образования\nУТВЕРЖДАЮ");
    }

    private static byte[] docx(String[][] cells) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("План мероприятий по подготовке к учебному году");
            XWPFTable table = doc.createTable(cells.length, cells[0].length);
            for (int r = 0; r < cells.length; r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
