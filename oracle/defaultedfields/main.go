// Command defaultedfields lists the fields that the Kubernetes defaulting functions (SetDefaults_* in
// pkg/apis/*/v1*/defaults.go) fill in before validation, read with go/ast and resolved to the OpenAPI
// definition and JSON name of each field through the Go types of k8s.io/api and k8s.io/apimachinery.
//
// Usage: defaultedfields KUBERNETES_DIR API_DIR APIMACHINERY_DIR
//
// Output: one line per defaulted field, sorted: "<definition>\t<json name>\t<Go function>".
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: defaultedfields KUBERNETES_DIR API_DIR APIMACHINERY_DIR")
		os.Exit(2)
	}
	r := &resolver{apiDir: os.Args[2], machineryDir: os.Args[3], packages: map[string]*goPackage{}}
	files, err := filepath.Glob(filepath.Join(os.Args[1], "pkg", "apis", "*", "v1*", "defaults.go"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(os.Stderr, "no pkg/apis/*/v1*/defaults.go under", os.Args[1])
		os.Exit(1)
	}
	lines := map[string]bool{}
	for _, file := range files {
		for _, line := range r.defaultsFile(file) {
			lines[line] = true
		}
	}
	sorted := make([]string, 0, len(lines))
	for line := range lines {
		sorted = append(sorted, line)
	}
	sort.Strings(sorted)
	for _, line := range sorted {
		fmt.Println(line)
	}
}

// typeRef is a Go type as written in a package: the package's import path and the expression.
type typeRef struct {
	pkg  string
	expr ast.Expr
}

type goPackage struct {
	types   map[string]*ast.TypeSpec
	imports map[*ast.TypeSpec]map[string]string
}

type resolver struct {
	apiDir, machineryDir string
	packages             map[string]*goPackage
}

func (r *resolver) dir(importPath string) string {
	switch {
	case strings.HasPrefix(importPath, "k8s.io/api/"):
		return filepath.Join(r.apiDir, strings.TrimPrefix(importPath, "k8s.io/api/"))
	case strings.HasPrefix(importPath, "k8s.io/apimachinery/"):
		return filepath.Join(r.machineryDir, strings.TrimPrefix(importPath, "k8s.io/apimachinery/"))
	}
	return ""
}

func (r *resolver) load(importPath string) *goPackage {
	if p, ok := r.packages[importPath]; ok {
		return p
	}
	p := &goPackage{types: map[string]*ast.TypeSpec{}, imports: map[*ast.TypeSpec]map[string]string{}}
	r.packages[importPath] = p
	dir := r.dir(importPath)
	if dir == "" {
		return p
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, name), nil, 0)
		if err != nil {
			continue
		}
		imports := importsOf(f)
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, s := range g.Specs {
					ts := s.(*ast.TypeSpec)
					p.types[ts.Name.Name] = ts
					p.imports[ts] = imports
				}
			}
		}
	}
	return p
}

func importsOf(f *ast.File) map[string]string {
	imports := map[string]string{}
	for _, spec := range f.Imports {
		path, _ := strconv.Unquote(spec.Path.Value)
		name := path[strings.LastIndex(path, "/")+1:]
		if spec.Name != nil {
			name = spec.Name.Name
		}
		imports[name] = path
	}
	return imports
}

// named follows a type expression to a named type: its package, name and declaration (nil when unknown).
func (r *resolver) named(t typeRef, imports map[string]string) (string, string, *ast.TypeSpec, map[string]string) {
	switch e := t.expr.(type) {
	case *ast.StarExpr:
		return r.named(typeRef{t.pkg, e.X}, imports)
	case *ast.Ident:
		p := r.load(t.pkg)
		ts := p.types[e.Name]
		return t.pkg, e.Name, ts, p.imports[ts]
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			path := imports[x.Name]
			p := r.load(path)
			ts := p.types[e.Sel.Name]
			return path, e.Sel.Name, ts, p.imports[ts]
		}
	}
	return "", "", nil, nil
}

// resolved is a value of a known Go type, with the imports of the file that declares that type.
type resolved struct {
	t       typeRef
	imports map[string]string
}

// field finds a field by Go name in the struct type of v (promoted fields of embedded structs too):
// the owning struct's definition name, the field's JSON name and its type.
func (r *resolver) field(v resolved, goName string) (string, string, *resolved) {
	pkg, name, ts, imports := r.named(v.t, v.imports)
	if ts == nil {
		return "", "", nil
	}
	st, ok := ts.Type.(*ast.StructType)
	if !ok {
		return "", "", nil
	}
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if n.Name == goName {
				return definition(pkg, name), jsonName(f), &resolved{typeRef{pkg, f.Type}, imports}
			}
		}
	}
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			if def, js, t := r.field(resolved{typeRef{pkg, f.Type}, imports}, goName); t != nil {
				if jsonName(f) == "" {
					def = definition(pkg, name) // inlined: in JSON the field is the outer type's own
				}
				return def, js, t
			}
		}
	}
	return "", "", nil
}

func jsonName(f *ast.Field) string {
	if f.Tag == nil {
		return ""
	}
	tag, _ := strconv.Unquote(f.Tag.Value)
	js := reflect.StructTag(tag).Get("json")
	return strings.Split(js, ",")[0]
}

// definition is the OpenAPI definition name of a Go type, as in the Kubernetes OpenAPI document.
func definition(pkg, name string) string {
	path := strings.TrimPrefix(pkg, "k8s.io/")
	return "io.k8s." + strings.ReplaceAll(path, "/", ".") + "." + name
}

// element is the type of x[i] for a slice, array or map value.
func (r *resolver) element(v resolved) *resolved {
	expr := v.t.expr
	for {
		star, ok := expr.(*ast.StarExpr)
		if !ok {
			break
		}
		expr = star.X
	}
	switch e := expr.(type) {
	case *ast.ArrayType:
		return &resolved{typeRef{v.t.pkg, e.Elt}, v.imports}
	case *ast.MapType:
		return &resolved{typeRef{v.t.pkg, e.Value}, v.imports}
	case *ast.Ident, *ast.SelectorExpr:
		pkg, _, ts, imports := r.named(v.t, v.imports)
		if ts != nil {
			if _, isStruct := ts.Type.(*ast.StructType); !isStruct {
				return r.element(resolved{typeRef{pkg, ts.Type}, imports})
			}
		}
	}
	return nil
}

// scope maps local names to the values they denote.
type scope map[string]*resolved

// typeOf resolves obj.A.B[i].C (possibly &..., *..., (...)) to its type.
func (r *resolver) typeOf(e ast.Expr, vars scope) *resolved {
	switch x := e.(type) {
	case *ast.Ident:
		return vars[x.Name]
	case *ast.ParenExpr:
		return r.typeOf(x.X, vars)
	case *ast.StarExpr:
		return r.typeOf(x.X, vars)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return r.typeOf(x.X, vars)
		}
	case *ast.IndexExpr:
		if base := r.typeOf(x.X, vars); base != nil {
			return r.element(*base)
		}
	case *ast.SelectorExpr:
		if base := r.typeOf(x.X, vars); base != nil {
			_, _, t := r.field(*base, x.Sel.Name)
			return t
		}
	}
	return nil
}

func (r *resolver) defaultsFile(path string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	imports := importsOf(f)
	var out []string
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "SetDefaults_") {
			continue
		}
		vars := scope{}
		for _, p := range fn.Type.Params.List {
			pkg, _, ts, typeImports := r.named(typeRef{"", p.Type}, imports)
			if ts == nil {
				continue
			}
			for _, n := range p.Names {
				vars[n.Name] = &resolved{typeRef{pkg, ts.Name}, typeImports}
			}
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				if s.Tok == token.DEFINE && len(s.Lhs) == len(s.Rhs) {
					for i, lhs := range s.Lhs {
						if id, ok := lhs.(*ast.Ident); ok {
							if t := r.typeOf(s.Rhs[i], vars); t != nil {
								vars[id.Name] = t
							}
						}
					}
				}
				for _, lhs := range s.Lhs {
					out = append(out, r.filled(lhs, vars, fn.Name.Name)...)
				}
			case *ast.RangeStmt:
				if s.Value != nil {
					if id, ok := s.Value.(*ast.Ident); ok {
						if base := r.typeOf(s.X, vars); base != nil {
							if el := r.element(*base); el != nil {
								vars[id.Name] = el
							}
						}
					}
				}
			}
			return true
		})
	}
	return out
}

// filled is the field an assignment's left side sets, when it is a field of a known struct.
func (r *resolver) filled(lhs ast.Expr, vars scope, function string) []string {
	for {
		switch x := lhs.(type) {
		case *ast.StarExpr:
			lhs = x.X
			continue
		case *ast.ParenExpr:
			lhs = x.X
			continue
		case *ast.IndexExpr:
			lhs = x.X // a map entry or list item set: the field holding it is filled
			continue
		}
		break
	}
	sel, ok := lhs.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	base := r.typeOf(sel.X, vars)
	if base == nil {
		if _, local := sel.X.(*ast.Ident); !local || vars[sel.X.(*ast.Ident).Name] != nil {
			fmt.Fprintf(os.Stderr, "%s: unresolved %s\n", function, types.ExprString(lhs))
		}
		return nil
	}
	def, js, t := r.field(*base, sel.Sel.Name)
	if t == nil || js == "" || js == "-" {
		return nil
	}
	return []string{def + "\t" + js + "\t" + function}
}
