; A081032: Positions of black keys on piano keyboard, starting with A0 = the 1st key.
; Formula: a(n) = floor((12*n+2)/5)
; 2,5,7,10,12,14,17,19,22,24,26,29,31,34,36,38,41,43,46,48,50,53,55,58,60,62,65,67,70,72,74,77,79,82,84,86

#offset 1

mul $0,12
add $0,2
div $0,5
