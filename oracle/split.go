package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"k8s.io/apimachinery/pkg/runtime"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
)

// chunk is one value the kubectl stream decoder returned: the JSON kubectl made of it, or the error
// that stopped the file, with the 1-based line range it came from.
type chunk struct {
	index   int
	line    int
	endLine int
	raw     []byte
	err     error
}

// splitLikeKubectl reads a file exactly as kubectl's StreamVisitor does
// (k8s.io/cli-runtime pkg/resource/visitor.go): the real YAMLOrJSONDecoder with a 4096-byte sniff
// buffer, each value decoded into a RawExtension (YAML goes through sigs.k8s.io/yaml's YAMLToJSON),
// stopping at the first error. Line ranges come from a second walk over the same bytes that mirrors
// the decoder's split (YAMLReader's '---' lines, or the JSON decoder's offsets).
func splitLikeKubectl(data []byte) []chunk {
	ranges := lineRanges(data)
	decoder := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(data), 4096)
	var chunks []chunk
	for i := 0; ; i++ {
		ext := runtime.RawExtension{}
		err := decoder.Decode(&ext)
		if errors.Is(err, io.EOF) {
			return chunks
		}
		c := chunk{index: i, line: 1, endLine: 1}
		if i < len(ranges) {
			c.line, c.endLine = ranges[i][0], ranges[i][1]
		} else if len(ranges) > 0 {
			c.line, c.endLine = ranges[len(ranges)-1][1], ranges[len(ranges)-1][1]
		}
		if err != nil {
			c.err = err
			return append(chunks, c)
		}
		c.raw = bytes.TrimSpace(ext.Raw)
		chunks = append(chunks, c)
	}
}

func lineRanges(data []byte) [][2]int {
	if _, _, isJSON := utilyaml.GuessJSONStream(bytes.NewReader(data), 4096); isJSON {
		if ranges, ok := jsonRanges(data); ok {
			return ranges
		}
	}
	return yamlRanges(data)
}

// yamlRanges mirrors utilyaml.YAMLReader.Read: a line starting with "---" ends the current chunk
// when the chunk holds anything; leading separators are skipped.
func yamlRanges(data []byte) [][2]int {
	var ranges [][2]int
	reader := bufio.NewReader(bytes.NewReader(data))
	lineNo, start, length := 0, 0, 0
	for {
		line, err := reader.ReadBytes('\n')
		if len(line) > 0 {
			lineNo++
			if bytes.HasPrefix(line, []byte("---")) {
				trimmed := strings.TrimSpace(string(line[3:]))
				if len(trimmed) > 0 && trimmed[0] != '#' {
					ranges = append(ranges, [2]int{lineNo, lineNo})
					return ranges
				}
				if length > 0 {
					ranges = append(ranges, [2]int{start, lineNo - 1})
					length = 0
				}
			} else {
				if length == 0 {
					start = lineNo
				}
				length += len(line)
			}
		}
		if err != nil {
			if length > 0 {
				ranges = append(ranges, [2]int{start, lineNo})
			}
			return ranges
		}
	}
}

func jsonRanges(data []byte) ([][2]int, bool) {
	decoder := json.NewDecoder(bytes.NewReader(data))
	var ranges [][2]int
	previous := int64(0)
	for {
		var value json.RawMessage
		if err := decoder.Decode(&value); err != nil {
			return ranges, errors.Is(err, io.EOF)
		}
		end := decoder.InputOffset()
		startOffset := previous + int64(len(data[previous:end])-len(bytes.TrimLeft(data[previous:end], " \t\r\n")))
		ranges = append(ranges, [2]int{lineAt(data, startOffset), lineAt(data, end-1)})
		previous = end
	}
}

func lineAt(data []byte, offset int64) int {
	if offset < 0 {
		offset = 0
	}
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	return bytes.Count(data[:offset], []byte("\n")) + 1
}
