; case: lex 5,1
; from: spec §12, edge case 17
; expect: 0
mov $0,5
lex $0,1
