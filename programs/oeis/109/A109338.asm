; A109338: Triangle read by rows: T(n,k) = number of inequivalent binary sequences of length n and weight k, where two sequences are said to be equivalent if they have the same set of phrases in their Ziv-Lempel encodings (the phrases can appear in a different order in the two sequences).
; 1,1,1,1,1,1,1,2,2,1,1,2,2,2,1,1,2,4,4,2,1

#offset 1

sub $0,1
sub $0,1
max $0,0
add $0,1
sub $0,1
sub $1,-1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
bin $1,$0
mov $0,$1
sub $0,3
mul $0,2
add $0,2
sub $0,1
mul $0,-1
add $0,1
sub $0,-3
div $0,4
add $0,1
sub $0,2
div $0,-1
add $0,1
