; case: upper-case opcodes
; from: written here
; expect: 6
MOV $0,5
Add $0,1
