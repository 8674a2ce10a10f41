package ma.gov.social.jisr.funding.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.internal.iso.CreditTransfer;
import ma.gov.social.jisr.funding.internal.iso.Debtor;
import ma.gov.social.jisr.funding.internal.iso.Pain001Files;
import ma.gov.social.jisr.funding.internal.iso.Pain001Writer;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * A run's credit-transfer file, written from its payment orders in tranche order, one page at a time: the same
 * orders give the same bytes, so a file written again after a crash is the file an uninterrupted run writes.
 * It is written beside its final name, forced to disk, checked against the schema, then moved into place.
 */
final class RunFile {
    private static final int PAGE = 2000;

    /** The file's name, digest and size. */
    record Written(Path file, String sha256, long bytes) {
    }

    /** The run's payment orders, counted and added up: what the file's header declares. */
    record Totals(long count, Dirhams total) {
    }

    private record Line(long trancheId, CreditTransfer transfer) {
    }

    private RunFile() {
    }

    static Totals totals(Sql sql, long runId) {
        return sql.one("select count(*) n, coalesce(sum(amount), 0) total from fun_payment_order where run_id = ?",
                r -> new Totals(r.number("n"), r.dirhams("total")), runId).orElseThrow();
    }

    static Written write(Sql sql, DisbursementRun run, Totals totals, Debtor debtor, Path directory) {
        long count = totals.count();
        Dirhams total = totals.total();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(run.reference() + ".xml");
            Path part = directory.resolve(run.reference() + ".xml.part");
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                try (Pain001Writer writer = new Pain001Writer(out, run.reference(), run.approvedAt(), debtor.name(),
                        count, total)) {
                    writer.startBlock(run.reference() + "-1", run.request().valueDate(), debtor, count, total);
                    for (List<Line> page = page(sql, run.id(), 0); !page.isEmpty();
                         page = page(sql, run.id(), page.get(page.size() - 1).trancheId())) {
                        page.forEach(l -> writer.transfer(l.transfer()));
                    }
                    writer.endBlock();
                }
                out.flush();
                channel.force(true);
            }
            String sha;
            try (InputStream in = Files.newInputStream(part)) {
                Pain001Files.validate(in);
            }
            sha = sha256(part);
            long bytes = Files.size(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(file, sha, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the file of run " + run.reference() + " could not be written", e);
        }
    }

    /**
     * The run's file as it was recorded when first written: written again from the orders if it is missing
     * (another server's disk, a cleaned temporary directory), refused if its bytes are not the recorded ones.
     */
    static Path verified(Sql sql, DisbursementRun run, Debtor debtor, Path directory) {
        if (run.fileSha256() == null) {
            throw new JisrException("funding.run.noFileYet");
        }
        Path file = directory.resolve(run.reference() + ".xml");
        try {
            if (!Files.exists(file)) {
                write(sql, run, totals(sql, run.id()), debtor, directory);
            }
            if (!run.fileSha256().equals(sha256(file))) {
                throw new JisrException("funding.run.fileDiffers", run.reference());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> page(Sql sql, long runId, long afterId) {
        return sql.list("select o.tranche_id, o.end_to_end_id, o.amount, o.creditor_name, o.rib, g.reference, t.number"
                + " from fun_payment_order o join fun_tranche t on t.id = o.tranche_id join fun_agreement g"
                + " on g.id = t.agreement_id where o.run_id = ? and o.tranche_id > ? order by o.tranche_id limit ?",
                r -> new Line(r.number("tranche_id"), new CreditTransfer(r.string("end_to_end_id"), r.dirhams("amount"),
                        r.string("creditor_name"), new Rib(r.string("rib")),
                        "Convention " + r.string("reference") + " tranche " + r.integer("number"))),
                runId, afterId, PAGE);
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
