; A282057: Odd numbers n such that for all k >= 1 the numbers n*4^k - 1 and n*4^k + 1 do not form a twin prime pair.
; Formula: a(n) = 2*(truncate((truncate(n%6/-2)+(n-1))/4)+(n-1))+5
; 5,7,9,11,13,17,19,21,23,25,29,31,35,37,39,41,43,47,49,51,53,55,59,61,65,67,69,71,73,77,79,81,83,85,89,91,95,97,99,101,103,107,109,111,113,115,119,121

#offset 1

sub $0,1
mov $1,$0
add $0,1
mod $0,6
div $0,-2
add $0,$1
div $0,4
add $0,$1
mul $0,2
add $0,5
