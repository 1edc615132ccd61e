import java.util.HashMap;
import java.util.Map;

/**
 * A record as a map key against a class with the same fields and hand-written equals/hashCode: the time of a lookup
 * each, three rounds. Built as a native executable, it shows whether native-image compiled the records' methods or
 * left them to the lambda-form interpreter (bench/RESULTS.md, "Records compiled again").
 */
public class RecordKeys {

    record Key(String name, int number) {
    }

    static final class HandWritten {
        final String name;
        final int number;

        HandWritten(String name, int number) {
            this.name = name;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof HandWritten key && key.number == number && key.name.equals(name);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + number;
        }
    }

    public static void main(String[] args) {
        int lookups = 200_000;
        Map<Key, Integer> records = new HashMap<>();
        Map<HandWritten, Integer> handWritten = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            records.put(new Key("k" + i % 50, i), i);
            handWritten.put(new HandWritten("k" + i % 50, i), i);
        }
        for (int round = 0; round < 3; round++) {
            long found = 0;
            long start = System.nanoTime();
            for (int i = 0; i < lookups; i++) {
                found += records.get(new Key("k" + i % 50, i % 1000));
            }
            long recordNanos = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < lookups; i++) {
                found += handWritten.get(new HandWritten("k" + i % 50, i % 1000));
            }
            long handWrittenNanos = System.nanoTime() - start;
            System.out.printf("record %.2f us a lookup, hand-written %.2f us (%d)%n", recordNanos / 1000.0 / lookups,
                    handWrittenNanos / 1000.0 / lookups, found);
        }
    }
}
