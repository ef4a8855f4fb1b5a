; A242650: For any number m there is a number k such that m-k^3 is congruent mod 96 to one of these 12 numbers.
; Formula: a(n) = 6*truncate((11*n-22)/9)+12
; 6,12,18,24,30,36,48,54,60,66,78,84

#offset 1

mul $0,11
sub $0,22
div $0,9
mul $0,6
add $0,12
