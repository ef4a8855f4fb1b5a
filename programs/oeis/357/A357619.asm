; A357619: Length of longest induced path (or chordless path) in the n-Fibonacci cube graph.
; 0,1,2,3,6,9,13,20,30

mov $6,$0
sub $0,1
max $0,0
mov $4,$0
sub $0,1
sub $0,4
add $0,1
add $0,1
add $0,3
add $3,2
sub $0,-1
sub $0,1
add $1,2
lpb $0
  add $1,$2
  sub $0,1
  sub $3,$2
  add $2,$3
  add $3,$1
  add $1,1
  sub $3,$2
lpe
mov $0,$3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
mov $7,$6
equ $7,0
mul $7,-1
add $0,$7
