; case: lpe with operand
; from: written here
; expect:
; error: {file}:6:5: invalid identifier
lpb $0
lpe $0
