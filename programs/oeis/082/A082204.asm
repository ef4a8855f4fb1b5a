; A082204: Begin with a 1, then place the smallest (as far as possible distinct) digits, such that, beginning from the n-th term, n terms form a palindrome.
; 1,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2

sub $0,1
lpb $0
  sub $0,1
  sub $0,1
  add $0,1
  sub $0,1
  sub $0,1
lpe
sub $2,1
sub $0,$2
sub $0,-1
add $0,2
mul $0,2
sub $0,4
div $0,4
sub $0,3
sub $0,6
sub $0,-7
sub $0,1
mul $0,-1
add $0,17
sub $0,20
div $0,-1
add $0,1
