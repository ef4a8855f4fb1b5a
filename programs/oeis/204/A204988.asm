; A204988: The index j < k such that n divides 2^k - 2^j, where k is the least index (A204987) for which such j exists.
; 1,1,1,2,1,1,1,3,1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,3,1,1,1,2,1,1,1,5,1,1,1,2,1,1,1,3,1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,3,1,1,1,2,1,1,1,6,1,1,1,2,1,1,1,3,1,1,1,2,1,1,1,4

#offset 1

sub $0,1
sub $2,1
add $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  dif $0,2
lpe
mov $0,$2
div $0,3
add $0,1
