package dev.podlint.rule;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule expression evaluated without JEXL: paths ({@code a.b['c']}), string, integer and {@code null} literals,
 * {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code &&}, {@code ||}, {@code !},
 * {@code =~} of a string in a list,
 * parentheses, {@code empty(x)}, {@code size(x)}, lists of string literals and calls of podlint's
 * functions ({@code k8s:isInt(x)}). Each JEXL evaluation builds an interpreter, and most rule
 * expressions are these shapes run on every selected node. Like {@link SimpleExpression} it answers
 * only where the result is certainly JEXL's (strings, booleans, integers or null as operands; a
 * function that returns normally) and otherwise returns {@link SimpleExpression#UNSURE}, so the
 * caller runs the script: a failure is always reported as JEXL words it. Anything it cannot parse is
 * left to JEXL whole.
 */
final class DirectExpression {

    private static final Object UNSURE = SimpleExpression.UNSURE;

    /** The function namespaces, as the engine has them; their functions are stateless. */
    private static final Map<String, Object> NAMESPACES = RuleExpressions.namespaces();

    private final Node root;

    private DirectExpression(Node root) {
        this.root = root;
    }

    /** The direct form of a JEXL expression, or null when it has a shape this class does not read. */
    static @Nullable DirectExpression of(String text) {
        try {
            Parser parser = new Parser(text);
            Node root = parser.expression();
            parser.end();
            return new DirectExpression(root);
        } catch (NotDirect e) {
            return null;
        }
    }

    /** The value, or {@link SimpleExpression#UNSURE} when JEXL must evaluate the expression. */
    @Nullable
    Object evaluate(SelectionContext context) {
        return root.eval(context);
    }

    private interface Node {
        @Nullable
        Object eval(SelectionContext context);
    }

    private record Constant(@Nullable Object value) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            return value;
        }
    }

    /** @param brackets which names are written {@code ['name']} */
    private record Path(String[] names, boolean[] brackets) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object value = context.get(names[0]);
            for (int i = 1; i < names.length; i++) {
                if (value == null) {
                    // safe navigation for a dot; JEXL may fail on a bracket after null
                    return brackets[i] ? UNSURE : null;
                }
                if (!(value instanceof Map<?, ?> map)) {
                    return UNSURE;
                }
                value = map.get(names[i]);
            }
            return value;
        }
    }

    private record Not(Node operand) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object value = operand.eval(context);
            return value instanceof Boolean b ? (Object) !b : UNSURE;
        }
    }

    /** {@code &&} and {@code ||} on booleans: JEXL gives the deciding operand, a boolean here too. */
    private record Logical(Node left, Node right, boolean and) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object l = left.eval(context);
            if (!(l instanceof Boolean lb)) {
                return UNSURE;
            }
            if (lb != and) {
                return l;
            }
            Object r = right.eval(context);
            return r instanceof Boolean ? r : UNSURE;
        }
    }

    private record Equality(Node left, Node right, boolean equal) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object l = left.eval(context);
            if (l == UNSURE) {
                return UNSURE;
            }
            Object r = right.eval(context);
            if (r == UNSURE) {
                return UNSURE;
            }
            Boolean same;
            if (l == null || r == null) {
                same = l == r;
            } else if (l instanceof String ls && r instanceof String rs) {
                same = ls.equals(rs);
            } else if (l instanceof Boolean lb && r instanceof Boolean rb) {
                same = lb.equals(rb);
            } else if (l instanceof Number ln && integral(l) && r instanceof Number rn && integral(r)) {
                same = ln.longValue() == rn.longValue();
            } else {
                return UNSURE; // JEXL converts between types
            }
            return same == equal;
        }
    }

    /**
     * {@code value =~ collection}: whether a list (or a list literal) holds the string. Against a
     * string (a regular expression), a map or a null it is left to JEXL and {@link BoundedArithmetic}.
     */
    private record In(Node value, Node container) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object v = value.eval(context);
            if (!(v instanceof String)) {
                return UNSURE;
            }
            Object c = container.eval(context);
            if (c instanceof Collection<?> collection) {
                return collection.contains(v);
            }
            if (c instanceof String[] array) {
                return java.util.Arrays.asList(array).contains(v);
            }
            return UNSURE;
        }
    }

    /** {@code <}, {@code <=}, {@code >}, {@code >=} on two integers. */
    private record Comparison(Node left, Node right, String operator) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object l = left.eval(context);
            if (!(l instanceof Number ln) || !integral(l)) {
                return UNSURE;
            }
            Object r = right.eval(context);
            if (!(r instanceof Number rn) || !integral(r)) {
                return UNSURE;
            }
            int order = Long.compare(ln.longValue(), rn.longValue());
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            };
        }
    }

    private record Empty(Node operand) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object value = operand.eval(context);
            if (value == null) {
                return true;
            }
            if (value instanceof String s) {
                return s.isEmpty();
            }
            if (value instanceof Collection<?> c) {
                return c.isEmpty();
            }
            if (value instanceof Map<?, ?> m) {
                return m.isEmpty();
            }
            return UNSURE;
        }
    }

    private record Size(Node operand) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Object value = operand.eval(context);
            if (value instanceof String s) {
                return s.length();
            }
            if (value instanceof Collection<?> c) {
                return c.size();
            }
            if (value instanceof Map<?, ?> m) {
                return m.size();
            }
            return UNSURE;
        }
    }

    /** A call of a namespace function with one declared overload of its arity. */
    private record Call(Object target, Method method, Node[] arguments) implements Node {
        @Override
        public @Nullable Object eval(SelectionContext context) {
            Class<?>[] types = method.getParameterTypes();
            Object[] values = new Object[arguments.length];
            for (int i = 0; i < values.length; i++) {
                Object value = arguments[i].eval(context);
                if (value == UNSURE || !accepts(types[i], value)) {
                    return UNSURE;
                }
                values[i] = value;
            }
            try {
                return method.invoke(target, values);
            } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
                return UNSURE; // JEXL runs it again and reports the failure in its words
            }
        }

        private static boolean accepts(Class<?> type, @Nullable Object value) {
            if (type == Object.class) {
                return true;
            }
            if (type == boolean.class) {
                return value instanceof Boolean;
            }
            return !type.isPrimitive() && (value == null || type.isInstance(value));
        }
    }

    private static boolean integral(@Nullable Object value) {
        return value instanceof Integer || value instanceof Long;
    }

    private static final class NotDirect extends RuntimeException {
        NotDirect() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over JEXL's precedence: {@code ||} below {@code &&} below equality below relations. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        void end() {
            skipSpace();
            if (at != text.length()) {
                throw new NotDirect();
            }
        }

        Node expression() {
            Node left = and();
            while (take("||")) {
                left = new Logical(left, and(), false);
            }
            return left;
        }

        private Node and() {
            Node left = equality();
            while (take("&&")) {
                left = new Logical(left, equality(), true);
            }
            return left;
        }

        private Node equality() {
            Node left = relation();
            if (take("==")) {
                return new Equality(left, relation(), true);
            }
            if (take("!=")) {
                return new Equality(left, relation(), false);
            }
            if (take("=~")) {
                return new In(left, relation());
            }
            return left; // anything else (=~, ?:, +) is left for end() or expect() to refuse
        }

        private Node relation() {
            Node left = unary();
            for (String operator : new String[] {"<=", ">=", "<", ">"}) {
                if (take(operator)) {
                    return new Comparison(left, unary(), operator);
                }
            }
            return left;
        }

        private Node unary() {
            skipSpace();
            if (at < text.length() && text.charAt(at) == '!' && !text.startsWith("!=", at)) {
                at++;
                return new Not(unary());
            }
            return primary();
        }

        private Node primary() {
            skipSpace();
            if (at >= text.length()) {
                throw new NotDirect();
            }
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                Node inner = expression();
                expect(')');
                return inner;
            }
            if (c == '\'' || c == '"') {
                return new Constant(string());
            }
            if (c == '[') {
                return list();
            }
            if (c >= '0' && c <= '9') {
                return new Constant(integer());
            }
            String name = name();
            if (name.equals("null")) {
                return new Constant(null);
            }
            if (name.equals("true") || name.equals("false")) {
                return new Constant(Boolean.valueOf(name));
            }
            if ((name.equals("empty") || name.equals("size")) && peek('(')) {
                at++;
                Node operand = expression();
                expect(')');
                return name.equals("empty") ? new Empty(operand) : new Size(operand);
            }
            if (SimpleExpression.reserved(name)) {
                throw new NotDirect();
            }
            if (peek(':')) {
                at++;
                return call(name, name());
            }
            List<String> names = new ArrayList<>();
            List<Boolean> brackets = new ArrayList<>();
            names.add(name.intern()); // selections name their variables with constants: found by identity
            brackets.add(false);
            while (peek('.') || peek('[')) {
                boolean bracket = text.charAt(at) == '[';
                brackets.add(bracket);
                at++;
                String next;
                if (bracket) {
                    skipSpace();
                    if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '"')) {
                        throw new NotDirect(); // an index or a computed key
                    }
                    next = string();
                    expect(']');
                } else {
                    next = name();
                }
                if (SimpleExpression.reserved(next)) {
                    throw new NotDirect();
                }
                names.add(next.intern());
            }
            boolean[] bracketed = new boolean[brackets.size()];
            for (int i = 0; i < bracketed.length; i++) {
                bracketed[i] = brackets.get(i);
            }
            return new Path(names.toArray(String[]::new), bracketed);
        }

        private Node call(String namespace, String function) {
            Object target = NAMESPACES.get(namespace);
            expect('(');
            List<Node> arguments = new ArrayList<>();
            skipSpace();
            if (!peek(')')) {
                do {
                    arguments.add(expression());
                } while (take(","));
            }
            expect(')');
            if (target == null) {
                throw new NotDirect();
            }
            Method found = null;
            for (Method method : target.getClass().getDeclaredMethods()) {
                if (method.getName().equals(function)
                        && Modifier.isPublic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isBridge()) {
                    if (found != null || method.isVarArgs() || method.getParameterCount() != arguments.size()) {
                        throw new NotDirect(); // overloads or varargs: JEXL picks
                    }
                    found = method;
                }
            }
            if (found == null) {
                throw new NotDirect();
            }
            for (Class<?> type : found.getParameterTypes()) {
                if (type.isPrimitive() && type != boolean.class) {
                    throw new NotDirect(); // JEXL narrows numbers
                }
            }
            return new Call(target, found, arguments.toArray(Node[]::new));
        }

        /** A list of string literals, as JEXL builds it: a {@code String[]}. */
        private Node list() {
            at++;
            List<String> items = new ArrayList<>();
            skipSpace();
            if (peek(']')) {
                throw new NotDirect(); // an empty literal's type is JEXL's choice
            }
            do {
                skipSpace();
                if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '"')) {
                    throw new NotDirect();
                }
                items.add(string());
            } while (take(","));
            expect(']');
            String[] array = items.toArray(String[]::new);
            return context -> array.clone();
        }

        private String string() {
            char quote = text.charAt(at);
            int close = text.indexOf(quote, at + 1);
            if (close < 0) {
                throw new NotDirect();
            }
            String value = text.substring(at + 1, close);
            if (value.indexOf('\\') >= 0) {
                throw new NotDirect();
            }
            at = close + 1;
            return value;
        }

        private Object integer() {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                throw new NotDirect(); // 1L, 1.5, 0x10
            }
            String digits = text.substring(start, at);
            if (digits.length() > 1 && digits.charAt(0) == '0') {
                throw new NotDirect(); // octal
            }
            if (digits.length() > 18) {
                throw new NotDirect();
            }
            long value = Long.parseLong(digits);
            return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
        }

        private String name() {
            skipSpace();
            int start = at;
            while (at < text.length()
                    && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')
                    && text.charAt(at) < 128) {
                at++;
            }
            if (start == at || Character.isDigit(text.charAt(start))) {
                throw new NotDirect();
            }
            return text.substring(start, at);
        }

        private boolean take(String operator) {
            skipSpace();
            if (!text.startsWith(operator, at)) {
                return false;
            }
            int after = at + operator.length();
            // "<" is not "<=", "=" of "==" is not "=~", "&&" not "&&&"
            if (after < text.length() && "=~&|".indexOf(text.charAt(after)) >= 0 && !operator.equals(",")) {
                return false;
            }
            at = after;
            return true;
        }

        private boolean peek(char c) {
            skipSpace();
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new NotDirect();
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
