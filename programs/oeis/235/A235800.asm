; A235800: Length of n-th vertical line segment from left to right in a diagram of a two-dimensional version of the 3x+1 (or Collatz) problem.
; Formula: a(n) = floor(lodadif(6*n+4,4)/3)
; 3,1,7,2,11,3,15,4,19,5,23,6,27,7,31,8,35,9,39,10,43,11,47,12,51,13,55,14,59,15,63,16,67,17,71,18,75,19,79,20,83,21,87,22,91,23,95,24,99,25,103,26,107,27,111,28,115,29,119,30,123,31,127,32,131,33,135,34,139,35,143,36,147,37,151,38,155,39,159,40

#offset 1

mul $0,6
add $0,4
dif $0,4
div $0,3
