; A114209: Number of permutations of [n] having exactly two fixed points and avoiding the patterns 123 and 231.
; 0,1,0,2,1,3,2,5,3,7,5,9,7,12,9,15,12,18,15,22,18,26,22,30,26,35,30,40,35,45,40,51,45,57,51,63,57,70,63,77,70,84,77,92,84,100,92,108,100,117,108,126,117,135,126,145,135,155,145,165,155,176,165,187,176,198,187

#offset 1

sub $0,1
add $0,1
add $0,1
sub $3,1
add $0,1
sub $0,2
add $0,1
mov $2,$0
mod $0,2
sub $2,-1
lpb $2
  sub $2,2
  add $3,$0
  add $3,$0
  add $3,-1
  add $3,$2
  add $3,$0
lpe
mov $0,$3
sub $0,-1
div $0,-3
sub $0,-2
div $0,-2
add $0,1
