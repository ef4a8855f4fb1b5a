; A173067: a(n) = A130665(n-1) - A160715(n).
; 0,0,0,0,0,0,0,6,6,6,6,12,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,2
  sub $0,2
  dif $0,2
  sub $0,2
lpe
mov $0,$2
mul $0,3
