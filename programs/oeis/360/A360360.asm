; A360360: Given a deck of colored cards, move the top card below the bottom-most card of the same color, with one other card between them. (If the top and bottom cards have the same color, the top card is moved to the bottom of the deck; if there is no other card of the same color, the top card is moved one step down in the deck.) a(n) is the maximum, over all initial color configurations of a deck of n cards, of the length of the eventual cycle when repeatedly applying this move.
; Formula: a(n) = A000079(truncate((n-3)/2)+1)
; 1,2,2,2,4,4,8,8,16,16,32,32,64,64

#offset 1

sub $0,3
div $0,2
add $0,1
seq $0,79
