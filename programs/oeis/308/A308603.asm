; A308603: Number of (not necessarily maximal) cliques in the n-dipyramidal graph.
; 24,27,33,39,45,51,57,63,69,75,81,87,93,99,105,111,117,123,129,135,141,147,153,159,165,171,177,183,189,195,201,207,213,219,225,231,237,243,249,255,261,267,273,279,285,291,297,303

#offset 3

sub $0,3
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,2
sub $0,-2
div $0,2
mul $0,3
add $0,24
