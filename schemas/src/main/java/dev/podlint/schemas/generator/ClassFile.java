package dev.podlint.schemas.generator;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few facts the generator needs from a compiled class without loading it: its string constants
 * (the request paths of an API class) and its methods' names and descriptors.
 *
 * <p>API classes reference okhttp and other libraries that the models do not need; reading their
 * class files directly spares putting all of that on the model class loader.
 */
final class ClassFile {

    /** A method's name and JVM descriptor, e.g. {@code (Ljava/lang/String;)Ljava/lang/Object;}. */
    record Method(String name, String descriptor) {

        /** The internal name of the class the method returns, or null for primitives, arrays and void. */
        String returnClass() {
            String ret = descriptor.substring(descriptor.indexOf(')') + 1);
            return ret.startsWith("L") ? ret.substring(1, ret.length() - 1) : null;
        }

        /** The internal names of the classes among the parameters (primitives and arrays left out). */
        List<String> parameterClasses() {
            List<String> out = new ArrayList<>();
            String params = descriptor.substring(1, descriptor.indexOf(')'));
            int i = 0;
            while (i < params.length()) {
                char c = params.charAt(i);
                if (c == 'L') {
                    int end = params.indexOf(';', i);
                    out.add(params.substring(i + 1, end));
                    i = end + 1;
                } else if (c == '[') {
                    i++;
                    while (params.charAt(i) == '[') {
                        i++;
                    }
                    i = params.charAt(i) == 'L' ? params.indexOf(';', i) + 1 : i + 1;
                } else {
                    i++;
                }
            }
            return out;
        }
    }

    private final List<String> strings;
    private final List<Method> methods;

    private ClassFile(List<String> strings, List<Method> methods) {
        this.strings = strings;
        this.methods = methods;
    }

    /** The String literals of the class (constant pool entries of kind CONSTANT_String). */
    List<String> stringConstants() {
        return strings;
    }

    List<Method> methods() {
        return methods;
    }

    static ClassFile parse(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> stringIndexes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // takes two slots
                    }
                    case 7, 16, 19, 20 -> in.skipBytes(2);
                    case 8 -> stringIndexes.add(in.readUnsignedShort());
                    case 15 -> in.skipBytes(3);
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            List<String> strings = new ArrayList<>();
            for (int index : stringIndexes) {
                strings.add(utf8[index]);
            }
            in.skipBytes(6); // access flags, this class, super class
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            int methodCount = in.readUnsignedShort();
            List<Method> methods = new ArrayList<>();
            for (int i = 0; i < methodCount; i++) {
                in.readUnsignedShort(); // access flags
                String name = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                methods.add(new Method(name, descriptor));
                skipAttributes(in);
            }
            return new ClassFile(List.copyOf(strings), List.copyOf(methods));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
