; A358355: Maximum length of an induced path (or chordless path) in the n-halved cube graph.
; 0,1,1,2,3,6,11,18

#offset 1

sub $0,1
mov $3,1
lpb $0
  sub $0,1
  mul $3,11
lpe
mov $0,$3
sub $0,1
nrt $0,5
mul $0,2
add $0,1
sub $0,5
div $0,3
add $0,1
add $0,1
sub $0,1
