; A358355: Maximum length of an induced path (or chordless path) in the n-halved cube graph.
; 0,1,1,2,3,6,11,18

#offset 1

sub $0,1
mov $3,$0
sub $0,2
max $0,0
add $0,1
sub $2,4
sub $2,2
sub $1,4
sub $0,1
sub $0,-5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,7
div $0,-5
add $0,6
sub $0,4
sub $0,3
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
sub $0,1
