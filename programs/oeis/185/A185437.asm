; A185437: The least number of colors required to color an n-bead necklace so that each bead can be identified.
; Formula: a(n) = lodabin(n-2,truncate((2-(n-2))/2))+2
; 1,2,3,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,2
mov $1,2
sub $1,$0
div $1,2
bin $0,$1
add $0,2
