; A364153: a(n) is the smallest positive integer such that from the set {1, 2, ..., a(n)} one can choose a sequence (s(1), s(2), ..., s(n)) in which every segment has a unique sum.
; 1,2,3,5,6,7,9,10,12,13,14,17,18

#offset 1

sub $0,1
mul $0,3
lpb $0
  div $0,2
  sub $1,$0
lpe
sub $1,3
mov $0,$1
div $0,-2
