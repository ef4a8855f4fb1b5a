; A092438: Sequence arising from enumeration of domino tilings of Aztec Pillow-like regions.
; 0,2,6,26,90,302,966,3026,9330,28502,86526,261626,788970,2375102,7141686,21457826,64439010,193448102,580606446,1742343626,5228079450,15686335502,47063200806,141197991026,423610750290,1270865805302

mov $3,$0
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,1
sub $0,1
add $0,5
add $1,5
lpb $0
  sub $0,1
  mul $2,3
  add $2,$1
  add $1,$1
lpe
sub $1,$2
mov $0,$1
div $0,-20
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
sub $0,-1
mul $0,2
