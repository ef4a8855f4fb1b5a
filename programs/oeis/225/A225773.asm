; A225773: The squares on a chessboard that are black, counting from top left corner and down.
; Formula: a(n) = truncate(lodamod(n-1,8)/-4)+(n-1)+(n-1)+2
; 2,4,6,8,9,11,13,15,18,20,22,24,25,27,29,31,34,36,38,40,41,43,45,47,50,52,54,56,57,59,61,63

#offset 1

sub $0,1
mov $1,$0
mod $0,8
div $0,-4
add $0,$1
add $0,$1
add $0,2
