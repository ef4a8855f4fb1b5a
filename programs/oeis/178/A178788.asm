; A178788: Characteristic function of numbers having distinct digits in their decimal representation.
; Formula: a(n) = (lodadif(n,11)==n)
; 1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1

add $1,$0
dif $0,11
equ $0,$1
