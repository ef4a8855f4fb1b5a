; case: unknown operation
; from: written here
; expect:
; error: {file}:5:1: invalid operation: foo
foo $0,1
