; A332756: A loop sequence within Pi. Let a(1) = 19. For n > 1, a(n+1) is the position of the first occurrence of a(n) after the decimal point in the decimal expansion of Pi.
; 19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37,46,19,37

#offset 1

sub $0,1
add $0,2
sub $0,1
mod $0,3
add $0,-1
sub $0,1
add $0,-7
mul $0,-4
add $0,1
add $0,-7
mod $0,10
div $0,2
add $0,1
sub $0,4
mul $0,-9
add $0,19
