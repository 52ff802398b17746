// The set-up the generator ITs share, as a closure their prebuild.groovy evaluates: the project is a
// repository's root (so report paths are relative to it), and FILES (name -> text) are what the
// generator wrote to FOLDER of the build folder.
return { File basedir, String folder, Map<String, String> files ->
    new File(basedir, '.git').mkdirs()
    files.each { name, text ->
        def file = new File(basedir, "target/${folder}/${name}")
        file.parentFile.mkdirs()
        file.text = text
    }
    return true
}
