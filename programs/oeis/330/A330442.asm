; A330442: The number of free polyominoes with n cells which, when drawn on a 2D square grid, contain an Eulerian path.
; Formula: a(n) = truncate(lodabin(n-1,truncate((n-2)/2))/2)+1
; 1,1,1,2,3,6,8,18

#offset 1

sub $0,1
mov $1,$0
sub $0,1
div $0,2
bin $1,$0
mov $0,$1
div $0,2
add $0,1
